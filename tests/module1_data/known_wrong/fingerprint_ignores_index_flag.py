# Known-wrong for kata 1.5: never hashes the index, even when the caller says it carries data.

_content_only = dataset_fingerprint


def dataset_fingerprint(frame, index=False):
    return _content_only(frame.reset_index(drop=True))
