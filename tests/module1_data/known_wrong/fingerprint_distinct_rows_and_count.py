# Known-wrong for kata 1.5: hashes the set of distinct rows plus the row count, so adding a copy
# changes the fingerprint but a table with row A twice and one with row B twice (same count) match.


def dataset_fingerprint(frame, index=False):
    if index:
        frame = frame.reset_index()
    names = sorted(frame.columns, key=str)
    digest = hashlib.sha256()
    rows = np.zeros(len(frame), dtype=np.uint64)
    for name in names:
        column = frame[name]
        digest.update(f"{name}\x1f{_dtype_name(column)}\x1e".encode())
        rows = rows * np.uint64(1_000_003) ^ _value_hashes(column)
    digest.update(f"{len(rows)}\x1e".encode())
    digest.update(np.unique(rows).tobytes())  # distinct rows only: which row repeats is lost
    return digest.hexdigest()
