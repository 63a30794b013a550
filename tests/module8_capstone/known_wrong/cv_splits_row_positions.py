# Known-wrong for kata 8.4: TimeSeriesSplit on the sorted rows, so a cut can fall inside a day and
# that day's sales land on both sides of it.
def time_series_cv_log_mae(model, frame, n_splits=4):
    ordered = frame.sort_values("sale_date", kind="stable").reset_index(drop=True)
    features, target = ordered.drop(columns=TARGET), ordered[TARGET]
    scores = []
    for train_rows, score_rows in TimeSeriesSplit(n_splits=n_splits).split(ordered):
        fitted = clone(model).fit(features.iloc[train_rows], target.iloc[train_rows])
        scores.append(_log_mae(target.iloc[score_rows].to_numpy(), fitted.predict(features.iloc[score_rows])))
    return scores
