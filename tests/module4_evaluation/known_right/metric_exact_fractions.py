# Known-right for kata 4.2: the two error weights compared in exact rational arithmetic
# (fractions.Fraction of the given floats), so "at least 5 times" has no rounding at its boundary.

from fractions import Fraction


def choose_metric(scenario):
    share = scenario.positive_share
    if not 0 < share < 1:
        raise ValueError(f"positive_share must be strictly between 0 and 1, got {share}")
    if scenario.cost_false_positive < 0 or scenario.cost_false_negative < 0:
        raise ValueError("costs must not be negative")
    if scenario.cost_false_positive == 0 and scenario.cost_false_negative == 0:
        raise ValueError("both costs are 0: no mistake matters")
    if scenario.ranks_for_review:
        return "average_precision"
    exact_share = Fraction(share)
    misses = exact_share * Fraction(scenario.cost_false_negative)
    alarms = (1 - exact_share) * Fraction(scenario.cost_false_positive)
    if misses >= DOMINANCE * alarms:  # noqa: F821
        return "recall_at_min_precision"
    if alarms >= DOMINANCE * misses:  # noqa: F821
        return "precision_at_min_recall"
    if share < 0.2 or share > 0.8:
        return "f1"
    return "accuracy"
