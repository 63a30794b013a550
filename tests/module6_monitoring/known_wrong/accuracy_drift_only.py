# Known-wrong for kata 6.4: jumps straight to drift tests. The 999s do shift defense's
# distribution, so it says "data drift" and the fix becomes "retrain on the broken data".

_correct_diagnose = diagnose_accuracy_drop  # noqa: F821


def diagnose_accuracy_drop(week_before, week_after, valid_ranges, *, model, label_column="is_legendary"):
    threshold = 0.05 / len(valid_ranges)
    drifted = [c for c in valid_ranges
               if ks_2samp(week_before[c].dropna(), week_after[c].dropna()).pvalue < threshold]
    if drifted:
        invalid_share = {c: float(_invalid(week_after[c], lo, hi).mean()) for c, (lo, hi) in valid_ranges.items()}
        return Diagnosis("data_drift", drifted, invalid_share)
    return _correct_diagnose(week_before, week_after, valid_ranges, model=model, label_column=label_column)
