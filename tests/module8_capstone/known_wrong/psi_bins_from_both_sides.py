# Known-wrong for kata 8.7: quantile edges from the reference and the batch together, so a shifted
# batch moves its own yardstick and looks less drifted.
def population_stability_index(reference, current, bins=10):
    if reference.empty or current.empty or bins < 2:
        raise ValueError("empty series or too few bins")
    if pd.api.types.is_numeric_dtype(reference) and not pd.api.types.is_bool_dtype(reference):
        both = pd.concat([reference, current]).astype(float).dropna()
        inner = np.quantile(both, np.linspace(0, 1, bins + 1))[1:-1] if len(both) else []
        edges = np.concatenate([[-np.inf], np.unique(inner), [np.inf]])
        reference = _bin_names(pd.cut(reference.astype(float), edges, labels=False))
        current = _bin_names(pd.cut(current.astype(float), edges, labels=False))
    else:
        reference, current = _value_names(reference), _value_names(current)
    r, c = reference.value_counts(normalize=True), current.value_counts(normalize=True)
    keys = r.index.union(c.index)
    r = r.reindex(keys, fill_value=0).clip(lower=EPSILON).to_numpy()
    c = c.reindex(keys, fill_value=0).clip(lower=EPSILON).to_numpy()
    return float(np.sum((c - r) * np.log(c / r)))
