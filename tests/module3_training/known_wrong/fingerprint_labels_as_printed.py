# Known-wrong for kata 3.6: the labels are hashed as str(array), which NumPy abbreviates past 1000 items.


def data_fingerprint(X, y):
    digest = hashlib.sha256()
    digest.update("\x1f".join(map(str, X.columns)).encode("utf-8"))
    digest.update(pd.util.hash_pandas_object(X, index=False).to_numpy().tobytes())
    digest.update(str(np.asarray(y)).encode("utf-8"))
    return digest.hexdigest()
