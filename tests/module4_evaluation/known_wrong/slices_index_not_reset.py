# Known-wrong for kata 4.3: sorts the table but keeps the index it had before sorting, so the
# worst slice is not at label 0.


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    truth = frame[truth_column].astype(bool)
    predicted = frame[prediction_column].astype(bool)
    slices = frame[slice_column].astype(object).where(frame[slice_column].notna(), MISSING)
    outcome = pd.DataFrame({
        "slice": slices,
        "rows": 1,
        "errors": (truth != predicted).astype(int),
        "false_positives": (~truth & predicted).astype(int),
        "false_negatives": (truth & ~predicted).astype(int),
    })
    table = outcome.groupby("slice", sort=False, dropna=False).sum().reset_index()
    table["error_rate"] = table["errors"] / table["rows"]
    table = table[table["rows"] >= min_rows]
    return table.sort_values(["error_rate", "rows"], ascending=[False, False], kind="stable")[COLUMNS]
