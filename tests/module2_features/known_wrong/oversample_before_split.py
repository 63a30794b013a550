# Known-wrong for kata 2.4: the experiment is honest, but the split still oversamples the
# legendaries before splitting, so copies of one species land in both sets.


def split_rows(frame, test_size=0.25, seed=0):
    legendaries = frame[frame[TARGET]]
    balanced = pd.concat([frame] + [legendaries] * 4, ignore_index=True)
    train, test = train_test_split(balanced, test_size=test_size, random_state=seed)
    return train, test
