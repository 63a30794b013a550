# Known-wrong for kata 1.5: mixes each column into its row's hash by shifting the row hash one bit
# left, so in a table of more than 64 columns the first columns are shifted out and stop counting.


def dataset_fingerprint(frame, index=False):
    if index:
        frame = frame.reset_index()
    names = sorted(frame.columns, key=str)
    digest = hashlib.sha256()
    rows = np.zeros(len(frame), dtype=np.uint64)
    for name in names:
        column = frame[name]
        digest.update(f"{name}\x1f{_dtype_name(column)}\x1e".encode())
        rows = (rows << np.uint64(1)) ^ _value_hashes(column)
    digest.update(f"{len(rows)}\x1e".encode())
    digest.update(np.sort(rows).tobytes())
    return digest.hexdigest()
