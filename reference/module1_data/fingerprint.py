"""Kata 1.5: a dataset fingerprint for versioning."""

from __future__ import annotations

import hashlib
import math
import numbers

import numpy as np
import pandas as pd
from pandas.api.types import is_object_dtype, is_string_dtype


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
    if index:
        frame = frame.reset_index()
    names = sorted(frame.columns, key=str)  # column order does not matter
    digest = hashlib.sha256()
    rows = np.zeros(len(frame), dtype=np.uint64)
    for name in names:
        column = frame[name]
        digest.update(f"{name}\x1f{_dtype_name(column)}\x1e".encode())  # names and dtypes are content
        # Mix each column's stable hashes into its row's hash, in column-name order.
        rows = rows * np.uint64(1_000_003) ^ _value_hashes(column)
    digest.update(f"{len(rows)}\x1e".encode())
    # Sorting the row hashes makes row order irrelevant; unlike XOR-ing them, two copies of a
    # row still count twice.
    digest.update(np.sort(rows).tobytes())
    return digest.hexdigest()


def _is_text(column: pd.Series) -> bool:
    """A text column however pandas stores it: str, string or object of strings and missing."""
    if is_string_dtype(column.dtype) and not is_object_dtype(column.dtype):
        return True
    return is_object_dtype(column.dtype) and all(isinstance(v, str) or _missing(v) for v in column)


def _dtype_name(column: pd.Series) -> str:
    return "text" if _is_text(column) else str(column.dtype)


def _value_hashes(column: pd.Series) -> np.ndarray:
    """One 64-bit hash per value. pandas hashes with a fixed key, so the result is the same in
    every process (built-in hash() is not). Text and object values are hashed with their kind."""
    if _is_text(column) or is_object_dtype(column.dtype):
        return pd.util.hash_array(np.array([_typed(value) for value in column], dtype=object))
    return pd.util.hash_pandas_object(column, index=False).to_numpy()


def _typed(value: object) -> str:
    """A value with its kind, so 1, "1", 1.0 and True stay apart."""
    if _missing(value):
        return "missing"
    if isinstance(value, str):
        return f"str:{value}"
    if isinstance(value, (bool, np.bool_)):
        return f"bool:{value}"
    if isinstance(value, numbers.Integral):
        return f"int:{int(value)}"
    if isinstance(value, numbers.Real):
        return f"float:{float(value)!r}"
    return f"{type(value).__qualname__}:{value!r}"


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
