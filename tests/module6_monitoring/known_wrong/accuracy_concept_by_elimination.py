# Known-wrong for kata 6.4: no broken input and no drift, "so the concept must have changed":
# diagnosis by elimination, without looking at the labels.


def diagnose_accuracy_drop(week_before, week_after, valid_ranges, *, model, label_column="is_legendary"):
    invalid_share = {c: float(_invalid(week_after[c], lo, hi).mean()) for c, (lo, hi) in valid_ranges.items()}
    broken = sorted((c for c, share in invalid_share.items() if share > INVALID_SHARE_LIMIT),
                    key=lambda c: -invalid_share[c])
    if broken:
        return Diagnosis("broken_input", broken, invalid_share)
    threshold = 0.05 / len(valid_ranges)
    drifted = [c for c in valid_ranges
               if ks_2samp(week_before[c].dropna(), week_after[c].dropna()).pvalue < threshold]
    if drifted:
        return Diagnosis("data_drift", drifted, invalid_share)
    return Diagnosis("concept_drift", [], invalid_share)
