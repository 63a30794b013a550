# Known-wrong for kata 6.4: reports invalid_share only with a broken_input diagnosis; drift and label
# diagnoses come back with an empty dict.


def diagnose_accuracy_drop(week_before, week_after, valid_ranges, *, model, label_column="is_legendary"):
    invalid_share = {column: float(_invalid(week_after[column], low, high).mean())
                     for column, (low, high) in valid_ranges.items()}
    broken = sorted((c for c, share in invalid_share.items() if share > INVALID_SHARE_LIMIT),
                    key=lambda c: -invalid_share[c])
    if broken:
        return Diagnosis("broken_input", broken, invalid_share)
    threshold = 0.05 / len(valid_ranges)
    drifted = [column for column in valid_ranges
               if ks_2samp(week_before[column].dropna(), week_after[column].dropna()).pvalue < threshold]
    if drifted:
        return Diagnosis("data_drift", drifted, {})
    errors_before = _errors(week_before, valid_ranges, model, label_column)
    errors_after = _errors(week_after, valid_ranges, model, label_column)
    if _rose_significantly(errors_before, errors_after):
        return Diagnosis("concept_drift", [], {})
    return Diagnosis("inconclusive", [], {})
