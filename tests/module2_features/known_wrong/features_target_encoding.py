# Known-wrong for kata 2.3: adds the legendary rate of each primary type, computed from the target
# on the very rows it describes: a great score in the notebook, useless in production.


def engineer_features(frame):
    stats = frame[_STATS].astype("float64")
    total = stats.sum(axis=1)
    return frame.assign(
        total_stats=total,
        power_ratio=safe_ratio(frame["attack"], frame["defense"]),
        special_ratio=safe_ratio(frame["sp_attack"], frame["sp_defense"]),
        stat_spread=stats.max(axis=1) - stats.min(axis=1),
        type_legendary_rate=frame.groupby("type1")["is_legendary"].transform("mean"),
    )


def feature_justifications():
    return {
        "total_stats": "Legendaries are stronger across the board overall.",
        "power_ratio": "Attack per point of defense tells cannons from tanks.",
        "special_ratio": "The same balance for special moves and defenses.",
        "stat_spread": "The gap between best and worst stat shows specialists.",
        "type_legendary_rate": "Some types are legendary far more often than others.",
    }
