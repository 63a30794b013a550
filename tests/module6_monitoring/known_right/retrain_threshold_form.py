# Known-right for kata 6.7: the triggers one after the other, the accuracy rule written as
# "recent below baseline minus the tolerance".


def retraining_decision(*, days_since_training, baseline_accuracy, recent_accuracy,
                        drifted_columns=(), broken_columns=(), max_age_days=30, max_accuracy_drop=0.05):
    if days_since_training < 0:
        raise ValueError("negative age")
    if not 0 <= baseline_accuracy <= 1:
        raise ValueError("baseline accuracy outside [0, 1]")
    if recent_accuracy is not None and not 0 <= recent_accuracy <= 1:
        raise ValueError("recent accuracy outside [0, 1]")
    if max_age_days < 1:
        raise ValueError("max_age_days below 1")
    reasons = []
    if len(broken_columns) > 0:
        reasons.append("broken_input")
    if recent_accuracy is not None and recent_accuracy < baseline_accuracy - max_accuracy_drop:
        reasons.append("accuracy")
    if len(drifted_columns) > 0:
        reasons.append("drift")
    if days_since_training >= max_age_days:
        reasons.append("schedule")
    if "broken_input" in reasons:
        return RetrainDecision(False, "blocked", reasons)
    for reason, urgency in (("accuracy", "now"), ("drift", "soon"), ("schedule", "scheduled")):
        if reason in reasons:
            return RetrainDecision(True, urgency, reasons)
    return RetrainDecision(False, "none", [])
