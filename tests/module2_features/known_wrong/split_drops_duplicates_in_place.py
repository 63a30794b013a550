# Known-wrong for kata 2.4: drops the exact duplicates with inplace=True, so the caller's frame
# loses its duplicate rows (the split itself is honest).


def split_rows(frame, test_size=0.25, seed=0):
    frame.drop_duplicates(inplace=True)
    species = frame.drop_duplicates("pokemon_id")
    counts = species[TARGET].value_counts()
    stratify = species[TARGET] if len(counts) == 2 and counts.min() >= 2 else None
    train_ids, test_ids = train_test_split(species["pokemon_id"], test_size=test_size,
                                           random_state=seed, stratify=stratify)
    in_test = frame["pokemon_id"].isin(set(test_ids))
    return frame[~in_test], frame[in_test]
