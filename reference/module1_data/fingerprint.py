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
    # Sort columns by name so column order does not matter, and hash every row (values only)
    # with pandas' stable row hash; then sort the row hashes so row order does not matter either.
    ordered = frame[sorted(frame.columns)]
    row_hashes = sorted(pd.util.hash_pandas_object(ordered, index=False).tolist())
    digest = hashlib.sha256()
    for name, dtype in ordered.dtypes.items():  # names and dtypes are part of the content
        digest.update(f"{name}\x1f{dtype}\x1e".encode())
    digest.update(str(len(row_hashes)).encode())
    for value in row_hashes:
        digest.update(value.to_bytes(8, "little"))
    return digest.hexdigest()
