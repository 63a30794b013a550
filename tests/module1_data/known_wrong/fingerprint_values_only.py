# Known-wrong for kata 1.5: hashes the values only, so renames and dtype changes go unnoticed.


def dataset_fingerprint(frame, index=False):
    if index:
        frame = frame.reset_index()
    rows = np.zeros(len(frame), dtype=np.uint64)
    for name in sorted(frame.columns, key=str):
        rows = rows * np.uint64(1_000_003) ^ _value_hashes(frame[name])
    return hashlib.sha256(np.sort(rows).tobytes()).hexdigest()
