# Known-wrong for kata 1.4: keeps the LAST copy of a duplicate row, so a row with the same
# pokemon_id that sat between the two copies moves in front of it.


def prepare_pokemon(frame, sample_size=None, seed=0):
    stats = list(STAT_COLUMNS)
    prepared = frame.drop_duplicates(keep="last")
    prepared = prepared.astype(dict.fromkeys(stats, "float64"))
    prepared[stats] = prepared[stats].fillna(prepared[stats].median())
    prepared["total_stats"] = prepared[stats].sum(axis=1, skipna=False)
    if sample_size is not None and sample_size < len(prepared):
        prepared = prepared.sample(n=sample_size, random_state=seed)
    return prepared.sort_values("pokemon_id", kind="stable").reset_index(drop=True)
