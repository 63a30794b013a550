# Known-wrong for kata 4.3: keeps the rows with a missing slice value (groupby with dropna=False)
# but leaves their slice as NaN instead of naming it MISSING.


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    truth = frame[truth_column].astype(bool)
    predicted = frame[prediction_column].astype(bool)
    outcome = pd.DataFrame({
        "slice": frame[slice_column],
        "rows": 1,
        "errors": (truth != predicted).astype(int),
        "false_positives": (~truth & predicted).astype(int),
        "false_negatives": (truth & ~predicted).astype(int),
    })
    table = outcome.groupby("slice", sort=False, dropna=False).sum().reset_index()
    table["error_rate"] = table["errors"] / table["rows"]
    table = table[table["rows"] >= min_rows]
    ordered = table.sort_values(["error_rate", "rows"], ascending=[False, False], kind="stable")
    return ordered[COLUMNS].reset_index(drop=True)
