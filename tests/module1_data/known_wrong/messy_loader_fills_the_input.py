# Known-wrong for kata 1.4: correct output, but the missing stats are filled in the caller's frame.


def prepare_pokemon(frame, sample_size=None, seed=0):
    stats = list(STAT_COLUMNS)
    for column in stats:
        frame[column] = frame[column].fillna(frame.drop_duplicates()[column].median())
    prepared = frame.drop_duplicates().astype(dict.fromkeys(stats, "float64"))
    prepared["total_stats"] = prepared[stats].sum(axis=1, skipna=False)
    if sample_size is not None and sample_size < len(prepared):
        prepared = prepared.sample(n=sample_size, random_state=seed)
    return prepared.sort_values("pokemon_id", kind="stable").reset_index(drop=True)
