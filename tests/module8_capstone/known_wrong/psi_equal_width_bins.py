# Known-wrong for kata 8.7: equal-width bins over the reference's range instead of quantile bins,
# so on long-tailed data most of the reference falls in one bin and a shift inside it goes unseen.
def population_stability_index(reference, current, bins=10):
    if reference.empty or current.empty or bins < 2:
        raise ValueError("empty series or too few bins")
    if pd.api.types.is_numeric_dtype(reference) and not pd.api.types.is_bool_dtype(reference):
        ref_values, cur_values = reference.astype(float), current.astype(float)
        known = ref_values.dropna()
        inner = np.linspace(known.min(), known.max(), bins + 1)[1:-1] if len(known) else []
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
