# Known-wrong for kata 0.1: checks rule, errors and volume, then recommends supervised ML without
# asking whether there are labels to learn from.


def recommend_approach(profile):
    if profile.complexity is Complexity.SIMPLE:
        return Recommendation(Approach.RULE, ("A rule works.",))
    if not profile.errors_tolerable or profile.decisions_per_month < MIN_DECISIONS_PER_MONTH:
        return Recommendation(Approach.HUMAN_JUDGEMENT, ("Keep people deciding.",))
    return Recommendation(Approach.SUPERVISED_ML, ("Complex pattern, enough volume.",))
