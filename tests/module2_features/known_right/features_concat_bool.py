# Known-right for kata 2.3: other features (offence, defence, bulk, a bool flag), built in their
# own frame on the caller's index and joined with pd.concat.

_OFFENCE = ["attack", "sp_attack", "speed"]
_DEFENCE = ["hp", "defense", "sp_defense"]


def engineer_features(frame):
    offence = frame[_OFFENCE].astype("float64").sum(axis=1)
    defence = frame[_DEFENCE].astype("float64").sum(axis=1)
    new = pd.DataFrame({
        "offence": offence,
        "defence": defence,
        "offence_share": safe_ratio(offence, offence + defence),
        "weakest_stat": frame[_STATS].astype("float64").min(axis=1),
        "is_heavy": frame["weight_kg"].astype("float64") >= 100.0,
    }, index=frame.index)
    return pd.concat([frame, new], axis=1)


def feature_justifications():
    return {
        "offence": "Attack, special attack and speed together measure how hard a species hits.",
        "defence": "HP and both defenses together measure how much punishment it survives.",
        "offence_share": "The share of strength spent on offence separates attackers from walls.",
        "weakest_stat": "Legendaries have no weak spot, so their lowest stat is still high.",
        "is_heavy": "Very heavy species are often large mythical creatures rather than small critters.",
    }
