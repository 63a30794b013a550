# Known-right for kata 8.7: quantile edges from pd.qcut on the reference, bins labelled by pd.cut,
# missing values as one sentinel label of their own; alert_level reads the smallest of the latest values.
_MISSING = object()  # a label no real category can equal


def population_stability_index(reference, current, bins=10):
    if reference.size == 0 or current.size == 0 or bins < 2:
        raise ValueError("both series need values and bins must be >= 2")
    numeric = all(pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s)
                  for s in (reference, current))
    if numeric:
        _, edges = pd.qcut(reference.dropna().astype(float), q=bins, retbins=True, duplicates="drop")
        edges = np.unique(np.r_[-np.inf, edges[1:-1], np.inf])

        def labels(series):
            codes = pd.cut(series.astype(float), bins=edges, labels=False)
            return codes.map(lambda code: _MISSING if pd.isna(code) else f"bin{int(code)}")
    else:
        def labels(series):
            return series.astype(object).where(series.notna(), _MISSING)
    ref = labels(reference).value_counts(normalize=True)
    cur = labels(current).value_counts(normalize=True)
    keys = ref.index.append(cur.index).unique()
    r = np.clip(ref.reindex(keys, fill_value=0.0).to_numpy(float), EPSILON, None)
    c = np.clip(cur.reindex(keys, fill_value=0.0).to_numpy(float), EPSILON, None)
    return float(abs(np.sum((c - r) * np.log(c / r))))


def alert_level(values, warning, critical, consecutive=3):
    if not critical > warning or consecutive < 1:
        raise ValueError("critical must exceed warning and consecutive must be >= 1")
    latest = list(values)[-consecutive:]
    if len(latest) < consecutive:
        return "ok"
    floor = min(latest)
    return "critical" if floor >= critical else "warning" if floor >= warning else "ok"
