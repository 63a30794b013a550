# Known-wrong for kata 2.4: drops exact duplicate rows, then splits the remaining rows. Two rows
# of one species that differ in any value (a re-recorded weight) can land on both sides.


def split_rows(frame, test_size=0.25, seed=0):
    unique = frame.drop_duplicates()
    train, test = train_test_split(unique, test_size=test_size, random_state=seed,
                                   stratify=unique[TARGET])
    return train, test
