# Known-right for kata 1.5: a multiset hash: the per-row SHA-256 digests of typed JSON cells are
# added modulo 2**256 (order-free, and two copies of a row add twice), then hashed with the
# column names, dtypes and row count.
import hashlib
import json

import pandas as pd

_MOD = 2 ** 256


def _text_column(series: pd.Series) -> bool:
    if isinstance(series.dtype, pd.StringDtype):
        return True
    if series.dtype == object:
        return series.map(lambda v: isinstance(v, str) or v is None or v is pd.NA
                          or (isinstance(v, float) and v != v)).all()
    return False


def _encode(value, text: bool):
    if text:
        return None if not isinstance(value, str) else ["s", value]
    if value is None or value is pd.NA:
        return ["na", type(value).__name__]
    if isinstance(value, float) and value != value:
        return ["nan"]
    return [type(value).__module__ + "." + type(value).__qualname__, repr(value)]


def dataset_fingerprint(frame: pd.DataFrame, index: bool = False) -> str:
    data = frame.reset_index() if index else frame
    described = []
    for i in range(data.shape[1]):
        series = data.iloc[:, i]
        text = _text_column(series)
        described.append((json.dumps([repr(data.columns[i]), "text" if text else str(series.dtype)]), i, text))
    described.sort()
    total = 0
    cols = [data.iloc[:, i].tolist() for _, i, _ in described]
    for r in range(len(data)):
        cells = [_encode(cols[k][r], described[k][2]) for k in range(len(described))]
        blob = json.dumps(cells, ensure_ascii=False).encode("utf-8")
        total = (total + int.from_bytes(hashlib.sha256(blob).digest(), "big")) % _MOD
    head = json.dumps([d[0] for d in described] + [len(data)], ensure_ascii=False)
    return hashlib.sha256(head.encode("utf-8") + total.to_bytes(32, "big")).hexdigest()
