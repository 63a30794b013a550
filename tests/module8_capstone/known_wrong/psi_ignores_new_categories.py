# Known-wrong for kata 8.7: compares only the categories the reference knows, so a language that
# appears for the first time in the batch does not count.
def population_stability_index(reference, current, bins=10):
    if reference.empty or current.empty or bins < 2:
        raise ValueError("empty series or too few bins")
    if pd.api.types.is_numeric_dtype(reference) and not pd.api.types.is_bool_dtype(reference):
        known = reference.astype(float).dropna()
        inner = np.quantile(known, np.linspace(0, 1, bins + 1))[1:-1] if len(known) else []
        edges = np.concatenate([[-np.inf], np.unique(inner), [np.inf]])
        reference = _bin_names(pd.cut(reference.astype(float), edges, labels=False))
        current = _bin_names(pd.cut(current.astype(float), edges, labels=False))
    else:
        reference, current = _value_names(reference), _value_names(current)
    r = reference.value_counts(normalize=True)
    c = current.value_counts(normalize=True).reindex(r.index, fill_value=0)
    r, c = r.clip(lower=EPSILON).to_numpy(), c.clip(lower=EPSILON).to_numpy()
    return float(np.sum((c - r) * np.log(c / r)))
