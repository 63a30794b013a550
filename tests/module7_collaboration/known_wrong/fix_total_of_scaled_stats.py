# Known-wrong for kata 7.6: total_stats is summed after the six stats are standardised, then
# standardised again, instead of standardising the sum of the raw stats.

import pandas as pd

_correct_build_features = build_features  # noqa: F821


def build_features(train: pd.DataFrame, test: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    train_x, test_x = _correct_build_features(train, test)
    total_train, total_test = train_x[STATS].sum(axis=1), test_x[STATS].sum(axis=1)  # noqa: F821
    train_x["total_stats"] = (total_train - total_train.mean()) / total_train.std()
    test_x["total_stats"] = (total_test - total_train.mean()) / total_train.std()
    return train_x, test_x
