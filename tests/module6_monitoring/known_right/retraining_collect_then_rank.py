# Known-right for kata 6.7: collects every trigger first, then takes the urgency of the strongest one.

def retraining_decision(*, days_since_training, baseline_accuracy, recent_accuracy, drifted_columns=(),
                        broken_columns=(), max_age_days=30, max_accuracy_drop=0.05):
    if days_since_training < 0 or max_age_days < 1:
        raise ValueError(f"need days_since_training >= 0 and max_age_days >= 1, got {days_since_training} "
                         f"and {max_age_days}")
    if not 0 <= baseline_accuracy <= 1 or (recent_accuracy is not None and not 0 <= recent_accuracy <= 1):
        raise ValueError("accuracies must lie in [0, 1]")
    reasons = []
    if broken_columns:
        reasons.append("broken_input")
    if recent_accuracy is not None and baseline_accuracy - recent_accuracy > max_accuracy_drop:
        reasons.append("accuracy")
    if drifted_columns:
        reasons.append("drift")
    if days_since_training >= max_age_days:
        reasons.append("schedule")
    if "broken_input" in reasons:
        return RetrainDecision(False, "blocked", reasons)  # noqa: F821
    for reason, urgency in (("accuracy", "now"), ("drift", "soon"), ("schedule", "scheduled")):
        if reason in reasons:
            return RetrainDecision(True, urgency, reasons)  # noqa: F821
    return RetrainDecision(False, "none", [])  # noqa: F821
