# Known-wrong for kata 2.5: runs the identifier check on every column before skipping the target,
# so a 0/1 integer target that happens to be unique is flagged as an identifier.


def flag_suspicious_columns(frame, target, proxy_threshold=0.95):
    if target not in frame.columns:
        raise KeyError(target)
    flags = {}
    for column in frame.columns:
        values = frame[column]
        if _is_identifier(values):
            flags[column] = IDENTIFIER
            continue
        if column == target:
            continue
        auc = single_column_auc(values, frame[target])
        if auc is not None and max(auc, 1 - auc) >= proxy_threshold:
            flags[column] = TARGET_PROXY
    return flags
