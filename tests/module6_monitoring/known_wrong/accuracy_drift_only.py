# Known-wrong for kata 6.4: jumps straight to drift tests. The zeros do shift defense's
# distribution, so it says "data drift" and the fix becomes "retrain on the broken data".


def diagnose_accuracy_drop(week_before, week_after, valid_ranges):
    threshold = 0.05 / len(valid_ranges)
    drifted = [c for c in valid_ranges
               if ks_2samp(week_before[c].dropna(), week_after[c].dropna()).pvalue < threshold]
    invalid_share = {c: float(_invalid(week_after[c], lo, hi).mean()) for c, (lo, hi) in valid_ranges.items()}
    return Diagnosis("data_drift" if drifted else "concept_drift", drifted, invalid_share)
