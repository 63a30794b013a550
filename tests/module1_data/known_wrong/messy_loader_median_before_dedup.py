# Known-wrong for kata 1.4: fills the stats with medians taken before removing duplicates, so
# repeated rows weigh twice in the median.


def prepare_pokemon(frame, sample_size=None, seed=0):
    stats = list(STAT_COLUMNS)
    medians = frame[stats].astype("float64").median()
    prepared = frame.drop_duplicates().astype(dict.fromkeys(stats, "float64"))
    prepared[stats] = prepared[stats].fillna(medians)
    prepared["total_stats"] = prepared[stats].sum(axis=1, skipna=False)
    if sample_size is not None and sample_size < len(prepared):
        prepared = prepared.sample(n=sample_size, random_state=seed)
    return prepared.sort_values("pokemon_id", kind="stable").reset_index(drop=True)
