# Known-wrong for kata 4.3: groupby's default drops the rows whose slice value is missing.


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    truth = frame[truth_column].astype(bool)
    predicted = frame[prediction_column].astype(bool)
    outcome = pd.DataFrame({"slice": frame[slice_column], "rows": 1,
                            "errors": (truth != predicted).astype(int),
                            "false_positives": (~truth & predicted).astype(int),
                            "false_negatives": (truth & ~predicted).astype(int)})
    table = outcome.groupby("slice").sum().reset_index()
    table["error_rate"] = table["errors"] / table["rows"]
    table = table[table["rows"] >= min_rows]
    return table.sort_values(["error_rate", "rows"], ascending=False)[COLUMNS].reset_index(drop=True)
