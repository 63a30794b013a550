# Known-wrong for kata 0.1: reaches for ML whenever the volume is large, before asking whether a
# short rule already solves the problem.


def recommend_approach(profile):
    if profile.decisions_per_month >= MIN_DECISIONS_PER_MONTH and profile.has_labels \
            and profile.errors_tolerable:
        return Recommendation(Approach.SUPERVISED_ML, ("Lots of data: use ML.",))
    if profile.complexity is Complexity.SIMPLE:
        return Recommendation(Approach.RULE, ("A rule works.",))
    if not profile.errors_tolerable or profile.decisions_per_month < MIN_DECISIONS_PER_MONTH:
        return Recommendation(Approach.HUMAN_JUDGEMENT, ("Keep people deciding.",))
    if profile.labels_obtainable:
        return Recommendation(Approach.COLLECT_LABELS_FIRST, ("Collect labels.",))
    return Recommendation(Approach.UNSUPERVISED_ML, ("No labels.",))
