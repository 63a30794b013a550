# Known-wrong for kata 8.4: shuffled k-fold on time-stamped sales, so folds train on the future.
from sklearn.model_selection import KFold


def time_series_cv_log_mae(model, frame, n_splits=4):
    features, target = frame.drop(columns=TARGET), frame[TARGET]
    scores = []
    for train_rows, score_rows in KFold(n_splits=n_splits, shuffle=True, random_state=0).split(frame):
        fitted = clone(model).fit(features.iloc[train_rows], target.iloc[train_rows])
        predicted = fitted.predict(features.iloc[score_rows])
        scores.append(_log_mae(target.iloc[score_rows].to_numpy(), predicted))
    return scores
