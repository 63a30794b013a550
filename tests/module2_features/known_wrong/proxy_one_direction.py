# Known-wrong for kata 2.5: only flags columns that rank the positives high (AUC near 1), so a
# column that is low exactly for the positives, like capture_rate, slips through.


def flag_suspicious_columns(frame, target, proxy_threshold=0.95):
    if target not in frame.columns:
        raise KeyError(target)
    flags = {}
    for column in frame.columns.drop(target):
        if _is_identifier(frame[column]):
            flags[column] = IDENTIFIER
            continue
        auc = single_column_auc(frame[column], frame[target])
        if auc is not None and auc >= proxy_threshold:
            flags[column] = TARGET_PROXY
    return flags
