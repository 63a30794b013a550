# Known-wrong for kata 2.2: power_ratio divides by hand (attack / defense clipped at 1) instead of
# calling safe_ratio, so a negative attack or defense is not refused.


def power_ratio(frame):
    ratio = frame["attack"] / frame["defense"].clip(lower=1)
    return ratio.astype("float64").rename("power_ratio")
