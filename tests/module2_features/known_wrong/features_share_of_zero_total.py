# Known-wrong for kata 2.3: divides speed by the total of the stats directly ("the total is never
# 0"), which holds on the clean data but gives NaN for a row whose stats are all 0.


def engineer_features(frame):
    stats = frame[_STATS].astype("float64")
    total = stats.sum(axis=1)
    return frame.assign(
        total_stats=total,
        power_ratio=safe_ratio(frame["attack"], frame["defense"]),
        special_ratio=safe_ratio(frame["sp_attack"], frame["sp_defense"]),
        stat_spread=stats.max(axis=1) - stats.min(axis=1),
        speed_share=frame["speed"] / total,
        body_mass_index=safe_ratio(frame["weight_kg"], frame["height_m"] ** 2, floor=0.01),
        is_dual_type=frame["type2"].notna().astype("int64"),
    )
