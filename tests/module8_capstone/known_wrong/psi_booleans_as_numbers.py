# Known-wrong for kata 8.7: treats a bool column as numbers and gives it quantile bins, so a flag
# that was always true in training and turns false in half the batch lands in the same bin.
def population_stability_index(reference, current, bins=10):
    if reference.empty or current.empty or bins < 2:
        raise ValueError("empty series or too few bins")
    if pd.api.types.is_numeric_dtype(reference):
        ref_values, cur_values = reference.astype(float), current.astype(float)
        known = ref_values.dropna()
        inner = np.quantile(known, np.linspace(0, 1, bins + 1))[1:-1] if len(known) else []
        edges = np.concatenate([[-np.inf], np.unique(inner), [np.inf]])
        reference = _bin_names(pd.cut(ref_values, edges, labels=False))
        current = _bin_names(pd.cut(cur_values, edges, labels=False))
    else:
        reference, current = _value_names(reference), _value_names(current)
    r, c = reference.value_counts(normalize=True), current.value_counts(normalize=True)
    keys = r.index.union(c.index)
    r = r.reindex(keys, fill_value=0).clip(lower=EPSILON).to_numpy()
    c = c.reindex(keys, fill_value=0).clip(lower=EPSILON).to_numpy()
    return float(np.sum((c - r) * np.log(c / r)))
