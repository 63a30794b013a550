# Known-wrong for kata 1.5: uses Python's built-in hash() of each row, which is salted per process
# for text, so the same data gets another fingerprint on every run.


def dataset_fingerprint(frame, index=False):
    if index:
        frame = frame.reset_index()
    names = sorted(frame.columns, key=str)
    digest = hashlib.sha256()
    for name in names:
        digest.update(f"{name}\x1f{_dtype_name(frame[name])}\x1e".encode())
    rows = sorted(hash(tuple(_typed(value) for value in row))
                  for row in frame[names].itertuples(index=False))
    digest.update(str(rows).encode())
    return digest.hexdigest()
