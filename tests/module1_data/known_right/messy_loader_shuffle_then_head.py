# Known-right for kata 1.4: a seeded shuffle of every cleaned row, then the first sample_size of
# them (another draw without replacement); a mergesort for the stable sort, the total set missing
# wherever a stat is.


def prepare_pokemon(frame, sample_size=None, seed=0):
    stats = list(STAT_COLUMNS)
    prepared = frame.drop_duplicates(keep="first").copy()
    prepared[stats] = prepared[stats].astype("float64")
    prepared[stats] = prepared[stats].fillna(prepared[stats].median())
    prepared["total_stats"] = prepared[stats].sum(axis=1).where(prepared[stats].notna().all(axis=1))
    if sample_size is not None:
        prepared = prepared.sample(frac=1.0, random_state=seed).head(sample_size)
    return prepared.sort_values("pokemon_id", kind="mergesort").reset_index(drop=True)
