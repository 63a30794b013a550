"""Kata 1.5: a dataset fingerprint for versioning."""

from __future__ import annotations

import hashlib

import pandas as pd


def dataset_fingerprint(frame: pd.DataFrame) -> str:
    """Return a fingerprint that changes exactly when the dataset's content changes.

    A fingerprint names a version of a dataset: store it next to a trained model and you can
    later prove which data the model saw, or notice that "the same file" is not the same.

    Args:
        frame: the dataset. It is not modified.

    Returns:
        A 64-character lowercase hexadecimal SHA-256 digest.

    The fingerprint must be:

    * the same for equal content: a copy, the same rows in another order, the same columns in
      another order, or a different index all give the same fingerprint;
    * different when any cell value, any column name or any column dtype changes, or when a
      row is added or removed (duplicates count: a repeated row is a change);
    * safe for missing values (NaN) and unicode text.

    Example:
        >>> df = pd.DataFrame({"name": ["Pikachu"], "hp": [35]})
        >>> dataset_fingerprint(df) == dataset_fingerprint(df.copy())
        True
        >>> dataset_fingerprint(df) == dataset_fingerprint(df.assign(hp=36))
        False
    """
    raise NotImplementedError("kata 1.5: implement dataset_fingerprint")
