"""Kata 1.5: a dataset fingerprint for versioning."""

from __future__ import annotations

import hashlib

import pandas as pd


def dataset_fingerprint(frame: pd.DataFrame, index: bool = False) -> str:
    """Return a fingerprint that changes exactly when the dataset's content changes.

    A fingerprint names a version of a dataset: store it next to a trained model and you can
    later prove which data the model saw, or notice that "the same file" is not the same.

    Args:
        frame: the dataset. It is not modified.
        index: False (the default) when the index is only row numbering; True when it carries
            data (an id, a date), in which case the index levels count as columns: the
            fingerprint then equals that of ``frame.reset_index()``.

    Returns:
        A 64-character lowercase hexadecimal SHA-256 digest.

    The fingerprint must be:

    * the same for equal content. It deliberately ignores row order, column order and (unless
      ``index=True``) the index labels; and it ignores how text is stored: a text column
      gives the same fingerprint as pandas' ``str`` dtype, the nullable ``string`` dtype or
      ``object`` holding only strings and missing values (pandas versions differ in which
      one ``read_csv`` returns), and ``None``, ``NaN`` and ``pd.NA`` in text are all "missing";
    * different when any cell value, any column name or any column dtype changes (text
      aside, as above), or when a row is added or removed (duplicates count: two copies of a
      row are not one);
    * typed: in an ``object`` column a value is hashed with its kind, so ``1`` and ``"1"``,
      ``True`` and ``"True"``, ``1.5`` and ``"1.5"`` differ (a raw export's type drift is a
      change);
    * reproducible: the same in every Python process (built-in ``hash()`` of text is salted
      per process, so it cannot be used) and safe for missing values and unicode text.

    Example:
        >>> df = pd.DataFrame({"name": ["Pikachu"], "hp": [35]})
        >>> dataset_fingerprint(df) == dataset_fingerprint(df.copy())
        True
        >>> dataset_fingerprint(df) == dataset_fingerprint(df.assign(hp=36))
        False
        >>> dataset_fingerprint(df) == dataset_fingerprint(df.astype({"name": object}))
        True
    """
    raise NotImplementedError("kata 1.5: implement dataset_fingerprint")
