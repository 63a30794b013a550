# Known-wrong for kata 6.7: reports only the strongest trigger, hiding the others the on-call
# engineer needs to see.

_correct_decision = retraining_decision  # noqa: F821


def retraining_decision(**arguments):
    decision = _correct_decision(**arguments)
    return RetrainDecision(decision.retrain, decision.urgency, decision.reasons[:1])
