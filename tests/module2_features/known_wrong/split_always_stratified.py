# Known-wrong for kata 2.4: always stratifies the species by the target, so a frame with a
# single legendary species makes train_test_split fail instead of splitting.


def split_rows(frame, test_size=0.25, seed=0):
    deduplicated = frame.drop_duplicates()
    species = deduplicated.drop_duplicates("pokemon_id")
    train_ids, test_ids = train_test_split(species["pokemon_id"], test_size=test_size,
                                           random_state=seed, stratify=species[TARGET])
    in_test = deduplicated["pokemon_id"].isin(set(test_ids))
    return deduplicated[~in_test], deduplicated[in_test]
