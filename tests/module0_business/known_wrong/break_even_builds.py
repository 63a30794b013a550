# Known-wrong for kata 0.1: builds a model that only breaks even (gain >= cost instead of > cost).


def recommend_approach(profile):
    if profile.complexity is Complexity.SIMPLE:
        reasons = ("A rule works.",) + (("Review it on a schedule.",) if profile.changes_fast else ())
        return Recommendation(Approach.RULE, reasons)
    if profile.decisions_per_month * profile.gain_per_decision < profile.model_cost_per_month:
        return Recommendation(Approach.HUMAN_JUDGEMENT, ("Does not pay.",))
    if not profile.has_labels:
        return Recommendation(Approach.COLLECT_LABELS_FIRST if profile.labels_obtainable
                              else Approach.UNSUPERVISED_ML, ("No labels.",))
    approach = Approach.DECISION_SUPPORT if profile.high_stakes else Approach.SUPERVISED_ML
    return Recommendation(approach, ("A model fits.", "Explain.", "Retrain."))
