# Known-wrong for kata 3.6: the rows' hashes are added up, so two rows that swap places (with the
# same label) leave the fingerprint unchanged.


def data_fingerprint(X, y):
    digest = hashlib.sha256()
    digest.update("\x1f".join(map(str, X.columns)).encode("utf-8"))
    row_sum = int(pd.util.hash_pandas_object(X, index=False).to_numpy().sum(dtype=np.uint64))
    digest.update(str(row_sum).encode("utf-8"))
    digest.update(np.ascontiguousarray(np.asarray(y)).tobytes())
    return digest.hexdigest()
