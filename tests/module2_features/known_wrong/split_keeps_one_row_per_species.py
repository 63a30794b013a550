# Known-wrong for kata 2.4: split_rows keeps one row per species (drop_duplicates("pokemon_id"))
# and splits those, so a re-recorded row of a species is silently lost.


def split_rows(frame, test_size=0.25, seed=0):
    species = frame.drop_duplicates("pokemon_id")
    counts = species[TARGET].value_counts()
    stratify = species[TARGET] if len(counts) == 2 and counts.min() >= 2 else None
    return train_test_split(species, test_size=test_size, random_state=seed, stratify=stratify)
