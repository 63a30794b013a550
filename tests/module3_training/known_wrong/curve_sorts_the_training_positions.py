# Known-wrong for kata 3.8: takes the s smallest training positions (sorted) instead of the first s
# in the order given, so a shuffled fold trains on other rows than learning_curve does.
import math


def diagnose_scores(train_score, validation_score, *, achievable_score, tolerance=0.05):
    for v in (train_score, validation_score, achievable_score, tolerance):
        if not math.isfinite(v):
            raise ValueError("not finite")
    if tolerance < 0:
        raise ValueError("negative tolerance")
    hb = train_score < achievable_score - tolerance
    hv = validation_score < achievable_score - tolerance and train_score - validation_score > tolerance
    return _mk(hb, hv, train_score, validation_score)


def _mk(hb, hv, tr, va):
    import dataclasses

    fields = [f.name for f in dataclasses.fields(Diagnosis)]
    vals = {
        "high_bias": bool(hb),
        "high_variance": bool(hv),
        "label": LABELS[int(hb) + 2 * int(hv)],
        "train_score": float(tr),
        "validation_score": float(va),
    }
    return Diagnosis(**{k: vals[k] for k in fields})


def learning_curve_scores(model, X, y, folds, *, train_sizes, scoring="roc_auc"):
    scorer = get_scorer(scoring)
    y = np.asarray(y)
    rows = []
    for s in train_sizes:
        if s < 1 or any(s > len(tr) for tr, _ in folds):
            raise ValueError("size")
    for s in train_sizes:
        trs, vas = [], []
        for tr, va in folds:
            sub = np.sort(tr)[:s]
            m = clone(model).fit(X.iloc[sub], y[sub])
            trs.append(scorer(m, X.iloc[sub], y[sub]))
            vas.append(scorer(m, X.iloc[va], y[va]))
        rows.append({"train_size": s, "train_score": float(np.mean(trs)), "validation_score": float(np.mean(vas))})
    return pd.DataFrame(rows, columns=CURVE_COLUMNS)
