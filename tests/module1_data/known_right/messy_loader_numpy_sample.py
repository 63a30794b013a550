# Known-right for kata 1.4: draws the sample with a seeded numpy Generator (another reproducible
# sampler), fills each stat in a loop, and sums the stats with min_count.
import numpy as np


def prepare_pokemon(frame, sample_size=None, seed=0):
    stats = list(STAT_COLUMNS)
    prepared = frame.drop_duplicates().copy()
    for column in stats:
        values = prepared[column].astype("float64")
        prepared[column] = values.fillna(values.median())
    prepared["total_stats"] = prepared[stats].sum(axis=1, min_count=len(stats)).where(
        prepared[stats].notna().all(axis=1))
    if sample_size is not None and sample_size < len(prepared):
        rows = np.random.default_rng(seed).choice(len(prepared), size=sample_size, replace=False)
        prepared = prepared.iloc[np.sort(rows)]
    return prepared.sort_values("pokemon_id", kind="stable").reset_index(drop=True)
