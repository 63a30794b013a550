# Known-wrong for kata 3.6: fingerprints the features only, so relabelled data looks unchanged.


def data_fingerprint(X, y):
    return hashlib.sha256(X.to_csv(index=False).encode("utf-8")).hexdigest()
