# Known-wrong for kata 6.7: lists "schedule" before "drift" in the reasons, against the spec's
# fixed order (broken_input, accuracy, drift, schedule).

_correct_decision = retraining_decision


def retraining_decision(**arguments):
    decision = _correct_decision(**arguments)
    reasons = list(decision.reasons)
    if "drift" in reasons and "schedule" in reasons:
        reasons.remove("schedule")
        reasons.insert(reasons.index("drift"), "schedule")
    return RetrainDecision(decision.retrain, decision.urgency, reasons)
