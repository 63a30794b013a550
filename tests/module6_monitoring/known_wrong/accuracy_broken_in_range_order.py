# Known-wrong for kata 6.4: lists the broken columns in valid_ranges order instead of most broken
# first, so the runbook points at the wrong column first.

_correct_diagnose = diagnose_accuracy_drop


def diagnose_accuracy_drop(week_before, week_after, valid_ranges, *, model, label_column="is_legendary"):
    diagnosis = _correct_diagnose(week_before, week_after, valid_ranges, model=model, label_column=label_column)
    if diagnosis.kind != "broken_input":
        return diagnosis
    in_order = [column for column in valid_ranges if column in diagnosis.columns]
    return Diagnosis(diagnosis.kind, in_order, diagnosis.invalid_share)
