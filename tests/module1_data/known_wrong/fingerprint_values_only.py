# Known-wrong for kata 1.5: hashes the values only, so renames and dtype changes go unnoticed.


def dataset_fingerprint(frame):
    rows = sorted(pd.util.hash_pandas_object(frame[sorted(frame.columns)], index=False).tolist())
    return hashlib.sha256(str(rows).encode()).hexdigest()
