# Known-wrong for kata 2.3: the new features are built in their own frame and joined with
# pd.concat([new, frame], axis=1), so they come before the original columns.


def engineer_features(frame):
    stats = frame[_STATS].astype("float64")  # noqa: F821 (the reference's)
    total = stats.sum(axis=1)
    new = pd.DataFrame({
        "total_stats": total,
        "power_ratio": safe_ratio(frame["attack"], frame["defense"]),
        "special_ratio": safe_ratio(frame["sp_attack"], frame["sp_defense"]),
        "stat_spread": stats.max(axis=1) - stats.min(axis=1),
        "speed_share": safe_ratio(frame["speed"], total),
        "body_mass_index": safe_ratio(frame["weight_kg"], frame["height_m"] ** 2, floor=0.01),
        "is_dual_type": frame["type2"].notna().astype("int64"),
    }, index=frame.index)
    return pd.concat([new, frame], axis=1)
