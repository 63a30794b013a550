# Known-wrong for kata 6.4: calls a column broken when its invalid share is AT the 1% limit.

_correct_diagnose = diagnose_accuracy_drop  # noqa: F821


def diagnose_accuracy_drop(week_before, week_after, valid_ranges, *, model, label_column="is_legendary"):
    diagnosis = _correct_diagnose(week_before, week_after, valid_ranges, model=model, label_column=label_column)
    at_limit = [c for c, share in diagnosis.invalid_share.items() if share >= INVALID_SHARE_LIMIT]
    if at_limit and diagnosis.kind != "broken_input":
        return Diagnosis("broken_input", sorted(at_limit, key=lambda c: -diagnosis.invalid_share[c]),
                         diagnosis.invalid_share)
    return diagnosis
