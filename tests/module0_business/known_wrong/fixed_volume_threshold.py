# Known-wrong for kata 0.1: the old rule of thumb "fewer than 1,000 decisions a month is too few
# for a model", which ignores what each decision is worth.

_value_based = recommend_approach


def recommend_approach(profile):
    if profile.complexity is Complexity.COMPLEX and profile.decisions_per_month < 1_000:
        return Recommendation(Approach.HUMAN_JUDGEMENT, ("Too few decisions for a model.",))
    return _value_based(profile)
