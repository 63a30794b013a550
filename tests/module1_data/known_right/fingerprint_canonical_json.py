# Known-right for kata 1.5: canonical JSON lines (typed values, sorted keys), sorted and fed to
# SHA-256; pure Python, no pandas hashing.
import json


def dataset_fingerprint(frame, index=False):
    if index:
        frame = frame.reset_index()
    names = sorted(map(str, frame.columns))
    header = json.dumps([[name, _kind_of_column(frame[name])] for name in names])
    lines = sorted(json.dumps([_as_json(value) for value in row], ensure_ascii=False)
                   for row in frame[names].itertuples(index=False, name=None))
    digest = hashlib.sha256(header.encode())
    for line in lines:
        digest.update(line.encode() + b"\n")
    return digest.hexdigest()


def _kind_of_column(column):
    text = column.dtype == object or pd.api.types.is_string_dtype(column.dtype)
    if text and all(isinstance(v, str) or v is None or v is pd.NA or (isinstance(v, float) and v != v)
                    for v in column):
        return "text"
    return str(column.dtype)


def _as_json(value):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ["missing"]
    if isinstance(value, str):
        return ["str", value]
    if isinstance(value, (bool, np.bool_)):
        return ["bool", bool(value)]
    if isinstance(value, numbers.Integral):
        return ["int", int(value)]
    if isinstance(value, numbers.Real):
        return ["float", repr(float(value))]
    return [type(value).__qualname__, repr(value)]
