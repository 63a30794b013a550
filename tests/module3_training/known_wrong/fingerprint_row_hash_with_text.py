# Known-wrong for kata 3.6: folds the built-in hash() of each row into a sha256 digest. Numbers
# hash the same in every process, but text is salted per process, so a frame with a name column
# gets another fingerprint after every restart.
def data_fingerprint(X, y):
    digest = hashlib.sha256()
    digest.update(repr([str(column) for column in X.columns]).encode())
    for row in X.itertuples(index=False):
        digest.update(str(hash(tuple(row))).encode())
    digest.update(np.asarray(y).tobytes())
    return digest.hexdigest()
