# Known-wrong for kata 3.6: hashes the CSV text of the frame, which includes the index, so the
# same data with another index gets another fingerprint.


def data_fingerprint(X, y):
    return hashlib.sha256(X.to_csv().encode("utf-8") + np.asarray(y).tobytes()).hexdigest()
