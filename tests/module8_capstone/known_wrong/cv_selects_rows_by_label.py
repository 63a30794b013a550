# Known-wrong for kata 8.4: selects a fold's rows by index label (frame.loc[frame.index[mask]]),
# which is right only while every label is unique: a label shared by two rows brings both in.
def time_series_cv_log_mae(model, frame, n_splits=4):
    days = np.sort(frame["sale_date"].unique())
    scores = []
    for train_days, score_days in TimeSeriesSplit(n_splits=n_splits).split(days):
        train = frame.loc[frame.index[frame["sale_date"].isin(days[train_days]).to_numpy()]]
        scored = frame.loc[frame.index[frame["sale_date"].isin(days[score_days]).to_numpy()]]
        fitted = clone(model).fit(train.drop(columns=TARGET), train[TARGET])
        scores.append(_log_mae(scored[TARGET].to_numpy(), fitted.predict(scored.drop(columns=TARGET))))
    return scores
