# Known-wrong for kata 2.5: flags a proxy only strictly beyond the threshold, so a column exactly
# at proxy_threshold slips through.


def flag_suspicious_columns(frame, target, proxy_threshold=0.95):
    if target not in frame.columns:
        raise KeyError(target)
    flags = {}
    for column in frame.columns.drop(target):
        if _is_identifier(frame[column]):
            flags[column] = IDENTIFIER
            continue
        auc = single_column_auc(frame[column], frame[target])
        if auc is not None and max(auc, 1 - auc) > proxy_threshold:
            flags[column] = TARGET_PROXY
    return flags
