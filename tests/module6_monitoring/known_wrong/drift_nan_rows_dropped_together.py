# Known-wrong for kata 6.2: drops every row with a NaN in any monitored column before testing,
# so a column missing in some rows takes the other columns' values of those rows with it.
_drift_column_by_column = detect_drift


def detect_drift(reference, current, columns, alpha=0.05, min_effect=0.0):
    present = [c for c in columns if c in reference.columns and c in current.columns]
    return _drift_column_by_column(reference.dropna(subset=present), current.dropna(subset=present),
                                   columns, alpha, min_effect)
