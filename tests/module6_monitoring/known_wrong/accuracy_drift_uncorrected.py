# Known-wrong for kata 6.4: tests every column's drift at 0.05, without the Bonferroni correction.

_correct_diagnose = diagnose_accuracy_drop  # noqa: F821


def diagnose_accuracy_drop(week_before, week_after, valid_ranges, *, model, label_column="is_legendary"):
    diagnosis = _correct_diagnose(week_before, week_after, valid_ranges, model=model, label_column=label_column)
    if diagnosis.kind == "broken_input":
        return diagnosis
    drifted = [c for c in valid_ranges
               if ks_2samp(week_before[c].dropna(), week_after[c].dropna()).pvalue < 0.05]  # noqa: F821
    if drifted:
        return Diagnosis("data_drift", drifted, diagnosis.invalid_share)  # noqa: F821
    return diagnosis
