# Known-wrong for kata 2.3: standardises the total with the frame's own mean and standard
# deviation, so a row's feature depends on which other rows are in the frame (and on one row it
# is NaN).


def engineer_features(frame):
    stats = frame[_STATS].astype("float64")
    total = stats.sum(axis=1)
    return frame.assign(
        total_z=(total - total.mean()) / total.std(),
        power_ratio=safe_ratio(frame["attack"], frame["defense"]),
        special_ratio=safe_ratio(frame["sp_attack"], frame["sp_defense"]),
        stat_spread=stats.max(axis=1) - stats.min(axis=1),
        is_dual_type=frame["type2"].notna().astype("int64"),
    )


def feature_justifications():
    return {
        "total_z": "How much stronger than average a species is overall.",
        "power_ratio": "Attack per point of defense tells cannons from tanks.",
        "special_ratio": "The same balance for special moves and defenses.",
        "stat_spread": "The gap between best and worst stat shows specialists.",
        "is_dual_type": "A second type widens strengths and weaknesses alike.",
    }
