# Known-wrong for kata 1.4: the sample ignores the seed, so two runs train on different rows.


def prepare_pokemon(frame, sample_size=None, seed=0):
    stats = list(STAT_COLUMNS)
    prepared = frame.drop_duplicates().astype(dict.fromkeys(stats, "float64"))
    prepared[stats] = prepared[stats].fillna(prepared[stats].median())
    prepared["total_stats"] = prepared[stats].sum(axis=1, skipna=False)
    if sample_size is not None and sample_size < len(prepared):
        prepared = prepared.sample(n=sample_size)
    return prepared.sort_values("pokemon_id", kind="stable").reset_index(drop=True)
