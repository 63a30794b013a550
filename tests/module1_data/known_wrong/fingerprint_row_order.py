# Known-wrong for kata 1.5: hashes the CSV text, so row order, column order and index all matter.


def dataset_fingerprint(frame, index=False):
    return hashlib.sha256(frame.to_csv(index=index).encode()).hexdigest()
