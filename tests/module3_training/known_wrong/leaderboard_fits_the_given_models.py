# Known-wrong for kata 3.3: fits the model it was given in every fold instead of a fresh clone,
# so the caller's models come back fitted (and state could carry from fold to fold).
from sklearn.metrics import average_precision_score, roc_auc_score


def leaderboard(models, X, y, folds, scoring="average_precision"):
    y = np.asarray(y)
    rows = []
    for name, model in models.items():
        scores, fits, batch = [], [], []
        for i, (tr, va) in enumerate(folds):
            m = model
            t = time.perf_counter()
            m.fit(X.iloc[tr], y[tr])
            fits.append(time.perf_counter() - t)
            t = time.perf_counter()
            s = float(get_scorer(scoring)(m, X.iloc[va], y[va]))
            batch.append((time.perf_counter() - t) * 1000 / len(va))
            scores.append(s)
            if i == 0:
                first = m
                va0 = va
        first.predict(X.iloc[va0[:1]])
        lat = []
        for j in range(LATENCY_CALLS):
            r = X.iloc[[va0[j % len(va0)]]]
            t = time.perf_counter()
            first.predict(r)
            lat.append((time.perf_counter() - t) * 1000)
        rows.append(
            {
                "model": name,
                "mean": float(np.mean(scores)),
                "std": float(np.std(scores)),
                "fold_scores": tuple(scores),
                "fit_seconds": float(np.mean(fits)),
                "batch_ms_per_row": float(np.mean(batch)),
                "p95_latency_ms": float(np.percentile(lat, 95)),
            }
        )
    return pd.DataFrame(rows, columns=LEADERBOARD_COLUMNS).sort_values("mean", ascending=False).reset_index(drop=True)
