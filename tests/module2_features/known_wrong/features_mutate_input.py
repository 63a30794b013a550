# Known-wrong for kata 2.3: writes the new columns into the caller's frame instead of a copy, so
# calling it twice, or on a shared fixture, silently changes data elsewhere.


def engineer_features(frame):
    stats = frame[_STATS].astype("float64")
    frame["total_stats"] = stats.sum(axis=1)
    frame["power_ratio"] = safe_ratio(frame["attack"], frame["defense"])
    frame["special_ratio"] = safe_ratio(frame["sp_attack"], frame["sp_defense"])
    frame["stat_spread"] = stats.max(axis=1) - stats.min(axis=1)
    frame["speed_share"] = safe_ratio(frame["speed"], frame["total_stats"])
    frame["body_mass_index"] = safe_ratio(frame["weight_kg"], frame["height_m"] ** 2, floor=0.01)
    frame["is_dual_type"] = frame["type2"].notna().astype("int64")
    return frame
