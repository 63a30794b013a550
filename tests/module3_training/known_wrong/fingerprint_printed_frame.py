# Known-wrong for kata 3.6: the frame is hashed as printed by to_string, which rounds floats to six
# decimals, so a small change of a value keeps the fingerprint.


def data_fingerprint(X, y):
    text = X.to_string(index=False) + "\n" + ",".join(map(str, np.asarray(y).tolist()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
