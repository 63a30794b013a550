# Known-wrong for kata 0.3: reports the candidate's value as the improvement, forgetting to
# subtract what the current model already earns.


def value_of_improvement(case, before, after):
    expected_counts(case, *before)
    return expected_monthly_value(case, *after)
