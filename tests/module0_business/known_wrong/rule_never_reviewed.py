# Known-wrong for kata 0.1: recommends a fixed rule and stops there, even when the problem changes
# within weeks and the rule will age.

_with_review = recommend_approach


def recommend_approach(profile):
    if profile.complexity is Complexity.SIMPLE:
        return Recommendation(Approach.RULE, ("A short rule captures the pattern.",))
    return _with_review(profile)
