# Known-wrong for kata 8.7: drops missing values before binning, so a batch where a fifth of the
# grades went missing looks stable.
_reference_population_stability_index = population_stability_index


def population_stability_index(reference, current, bins=10):
    if reference.empty or current.empty:
        raise ValueError("empty series")
    known_reference, known_current = reference.dropna(), current.dropna()
    if known_reference.empty or known_current.empty:
        return _reference_population_stability_index(reference, current, bins)
    return _reference_population_stability_index(known_reference, known_current, bins)
