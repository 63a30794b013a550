# Known-wrong for kata 3.6: hashes the data with Python's built-in hash() (then makes it hex with
# sha256), but hash() of bytes and text is salted per process, so the fingerprint changes with
# every restart.


def data_fingerprint(X, y):
    key = hash((tuple(X.columns), X.to_numpy().tobytes(), np.asarray(y).tobytes()))
    return hashlib.sha256(str(key).encode()).hexdigest()
