# Known-wrong for kata 8.4: the leaderboard's cv_log_mae is the median of the fold scores, where
# the spec asks for their mean.
def run_experiments(splits, tracking_uri, n_splits=4):
    train, val = splits["train"], splits["val"]
    models = {"median_baseline": DummyRegressor(strategy="median"), **candidate_models()}
    rows = []
    for name, model in models.items():
        cv = float(np.median(time_series_cv_log_mae(model, train, n_splits)))
        fitted = clone(model).fit(train.drop(columns=TARGET), train[TARGET])
        predicted = fitted.predict(val.drop(columns=TARGET))
        rows.append({"model": name, "cv_log_mae": cv, "val_log_mae": _log_mae(val[TARGET], predicted),
                     "val_mae": float(np.mean(np.abs(val[TARGET].to_numpy() - predicted)))})
    for row in rows:
        log_run(tracking_uri, row["model"], {"n_splits": n_splits},
                {key: row[key] for key in ("cv_log_mae", "val_log_mae", "val_mae")})
    return pd.DataFrame(rows).sort_values("val_log_mae", kind="stable").reset_index(drop=True)
