# Known-wrong for kata 3.3: selects the fold's rows with X.loc (labels), which matches positions
# only while the index happens to be 0..n-1.


def leaderboard(models, X, y, folds, scoring="average_precision"):
    y = np.asarray(y)
    scorer = get_scorer(scoring)
    rows = []
    for name, model in models.items():
        scores, fit_seconds, batch_ms = [], [], []
        first = None
        for train, validation in folds:
            start = time.perf_counter()
            fitted = clone(model).fit(X.loc[train], y[train])
            fit_seconds.append(time.perf_counter() - start)
            start = time.perf_counter()
            scores.append(float(scorer(fitted, X.loc[validation], y[validation])))
            batch_ms.append((time.perf_counter() - start) * 1000 / len(validation))
            first = first or fitted
        rows.append({"model": name, "mean": float(np.mean(scores)), "std": float(np.std(scores)),
                     "fold_scores": tuple(scores), "fit_seconds": float(np.mean(fit_seconds)),
                     "batch_ms_per_row": float(np.mean(batch_ms)),
                     "p95_latency_ms": _p95_latency_ms(first, X.iloc[folds[0][1]])})
    board = pd.DataFrame(rows, columns=LEADERBOARD_COLUMNS)
    return board.sort_values("mean", ascending=False, kind="stable").reset_index(drop=True)
