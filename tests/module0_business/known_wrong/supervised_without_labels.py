# Known-wrong for kata 0.1: checks rule, value and stakes, then recommends a model without asking
# whether there are labels to learn from.


def recommend_approach(profile):
    if profile.complexity is Complexity.SIMPLE:
        return Recommendation(Approach.RULE, ("A rule works.", "Review it regularly."))
    if profile.decisions_per_month * profile.gain_per_decision <= profile.model_cost_per_month:
        return Recommendation(Approach.HUMAN_JUDGEMENT, ("Does not pay.",))
    approach = Approach.DECISION_SUPPORT if profile.high_stakes else Approach.SUPERVISED_ML
    return Recommendation(approach, ("Complex pattern, enough value.", "Explain.", "Retrain."))
