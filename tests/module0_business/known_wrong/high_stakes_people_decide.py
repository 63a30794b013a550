# Known-wrong for kata 0.1: "errors are not tolerable, so people decide", as if people made no
# errors: no model support is even considered for high-stakes decisions.

_with_support = recommend_approach


def recommend_approach(profile):
    if profile.complexity is Complexity.COMPLEX and profile.high_stakes:
        return Recommendation(Approach.HUMAN_JUDGEMENT, ("Every model makes mistakes: keep people deciding.",))
    return _with_support(profile)
