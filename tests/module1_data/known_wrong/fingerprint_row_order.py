# Known-wrong for kata 1.5: hashes the CSV text, so row order, column order and index all matter.


def dataset_fingerprint(frame):
    return hashlib.sha256(frame.to_csv().encode()).hexdigest()
