# Known-wrong for kata 1.4: keeps the original `if sample_size:`, so sample_size=0 returns every
# row instead of none.


def prepare_pokemon(frame, sample_size=None, seed=0):
    stats = list(STAT_COLUMNS)
    prepared = frame.drop_duplicates().astype(dict.fromkeys(stats, "float64"))
    prepared[stats] = prepared[stats].fillna(prepared[stats].median())
    prepared["total_stats"] = prepared[stats].sum(axis=1, skipna=False)
    if sample_size and sample_size < len(prepared):
        prepared = prepared.sample(n=sample_size, random_state=seed)
    return prepared.sort_values("pokemon_id", kind="stable").reset_index(drop=True)
