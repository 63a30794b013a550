# Known-wrong for kata 2.5: checks the proxy rule first, so a unique id that happens to rank the
# positives is reported as a proxy instead of an identifier.


def flag_suspicious_columns(frame, target, proxy_threshold=0.95):
    if target not in frame.columns:
        raise KeyError(target)
    flags = {}
    for column in frame.columns.drop(target):
        auc = single_column_auc(frame[column], frame[target])
        if auc is not None and max(auc, 1 - auc) >= proxy_threshold:
            flags[column] = TARGET_PROXY
        elif _is_identifier(frame[column]):
            flags[column] = IDENTIFIER
    return flags
