# Known-right for kata 0.1: computes the monthly margin first and keeps the model reasons in one
# place; the same checklist, another shape.


def recommend_approach(profile):
    margin = profile.decisions_per_month * profile.gain_per_decision - profile.model_cost_per_month
    if profile.complexity is Complexity.SIMPLE:
        extra = ("Keep the rule current: someone owns it and reviews it monthly.",) if profile.changes_fast else ()
        return Recommendation(Approach.RULE, ("A rule an expert can check does it.",) + extra)
    if margin <= 0:
        return Recommendation(Approach.HUMAN_JUDGEMENT, (f"The model would lose {-margin:,.0f} a month.",))
    if not profile.has_labels:
        approach = Approach.COLLECT_LABELS_FIRST if profile.labels_obtainable else Approach.UNSUPERVISED_ML
        return Recommendation(approach, ("No labels yet.",))
    approach = Approach.DECISION_SUPPORT if profile.high_stakes else Approach.SUPERVISED_ML
    reasons = [f"A model gains {margin:,.0f} a month over its cost."]
    reasons += ["Explain each decision."] * profile.must_explain
    reasons += ["Monitor and retrain."] * profile.changes_fast
    return Recommendation(approach, tuple(reasons))
