# Known-wrong for kata 0.1: reaches for ML whenever the numbers pay, before asking whether a
# short rule already solves the problem.


def recommend_approach(profile):
    pays = profile.decisions_per_month * profile.gain_per_decision > profile.model_cost_per_month
    if pays and profile.has_labels and not profile.high_stakes:
        return Recommendation(Approach.SUPERVISED_ML, ("Lots of value: use ML.",))
    if profile.complexity is Complexity.SIMPLE:
        return Recommendation(Approach.RULE, ("A rule works.", "Review it regularly."))
    if not pays:
        return Recommendation(Approach.HUMAN_JUDGEMENT, ("Keep people deciding.",))
    if not profile.has_labels:
        return Recommendation(Approach.COLLECT_LABELS_FIRST if profile.labels_obtainable
                              else Approach.UNSUPERVISED_ML, ("No labels.",))
    return Recommendation(Approach.DECISION_SUPPORT, ("High stakes.", "Explain.", "Retrain."))
