# Known-wrong for kata 2.3: builds the new columns in a fresh frame and glues it on with
# reset_index, so a frame whose index is not 0..n-1 comes back relabelled.


def engineer_features(frame):
    stats = frame[_STATS].astype("float64")
    total = stats.sum(axis=1)
    new = pd.DataFrame({
        "total_stats": total,
        "power_ratio": safe_ratio(frame["attack"], frame["defense"]),
        "special_ratio": safe_ratio(frame["sp_attack"], frame["sp_defense"]),
        "stat_spread": stats.max(axis=1) - stats.min(axis=1),
        "speed_share": safe_ratio(frame["speed"], total),
        "body_mass_index": safe_ratio(frame["weight_kg"], frame["height_m"] ** 2, floor=0.01),
        "is_dual_type": frame["type2"].notna().astype("int64"),
    })
    return pd.concat([frame.reset_index(drop=True), new.reset_index(drop=True)], axis=1)
