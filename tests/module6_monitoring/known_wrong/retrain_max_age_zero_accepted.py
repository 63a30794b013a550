# Known-wrong for kata 6.7: refuses only a negative schedule, so max_age_days=0 (retrain every
# day, whatever happens) is accepted.


def retraining_decision(*, days_since_training, baseline_accuracy, recent_accuracy,
                        drifted_columns=(), broken_columns=(), max_age_days=30, max_accuracy_drop=0.05):
    if days_since_training < 0 or max_age_days < 0:
        raise ValueError("need days_since_training >= 0 and max_age_days >= 0")
    for accuracy in (baseline_accuracy, recent_accuracy):
        if accuracy is not None and not 0.0 <= accuracy <= 1.0:
            raise ValueError(f"accuracy must lie in [0, 1], got {accuracy}")
    fired = {
        "broken_input": bool(broken_columns),
        "accuracy": recent_accuracy is not None and baseline_accuracy - recent_accuracy > max_accuracy_drop,
        "drift": bool(drifted_columns),
        "schedule": days_since_training >= max_age_days,
    }
    reasons = [reason for reason, hit in fired.items() if hit]
    if fired["broken_input"]:
        return RetrainDecision(False, "blocked", reasons)
    urgency = ("now" if fired["accuracy"] else "soon" if fired["drift"]
               else "scheduled" if fired["schedule"] else "none")
    return RetrainDecision(urgency != "none", urgency, reasons)
