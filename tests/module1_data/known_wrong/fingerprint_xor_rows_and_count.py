# Known-wrong for kata 1.5: combines the row hashes with XOR and adds the row count, so added
# copies change the count, but two tables of equal length whose repeated rows differ collide
# (each pair of copies cancels out).
import functools
import operator


def dataset_fingerprint(frame, index=False):
    if index:
        frame = frame.reset_index()
    names = sorted(frame.columns, key=str)
    digest = hashlib.sha256()
    rows = np.zeros(len(frame), dtype=np.uint64)
    for name in names:
        digest.update(f"{name}\x1f{_dtype_name(frame[name])}\x1e".encode())
        rows = rows * np.uint64(1_000_003) ^ _value_hashes(frame[name])
    combined = functools.reduce(operator.xor, rows.tolist(), 0)
    digest.update(combined.to_bytes(8, "little"))
    digest.update(len(frame).to_bytes(8, "little"))
    return digest.hexdigest()
