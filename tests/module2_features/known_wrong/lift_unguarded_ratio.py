# Known-wrong for kata 2.7: adds attack / defense unguarded. The Pokémon table has no defense 0,
# so the lift is measured fine, but the first species with defense 0 gets inf (and 0 / 0 NaN).

_reference_lift = lift_features


def lift_features(frame):
    extra = _reference_lift(frame)
    extra["power_ratio"] = frame["attack"] / frame["defense"]
    return extra
