# Known-wrong for kata 6.7: retrains on the calendar only; a broken model waits for the next slot.


def retraining_decision(*, days_since_training, baseline_accuracy, recent_accuracy,
                        drifted_columns=(), broken_columns=(), max_age_days=30, max_accuracy_drop=0.05):
    if days_since_training < 0 or max_age_days < 1:
        raise ValueError("bad age")
    for accuracy in (baseline_accuracy, recent_accuracy):
        if accuracy is not None and not 0.0 <= accuracy <= 1.0:
            raise ValueError("bad accuracy")
    if days_since_training >= max_age_days:
        return RetrainDecision(True, "scheduled", ["schedule"])
    return RetrainDecision(False, "none", [])
