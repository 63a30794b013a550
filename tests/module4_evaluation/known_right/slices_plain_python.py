# Known-right for kata 4.3: counters in a dict, one sort on (-rate, -rows), no groupby.


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    counts = {}
    for value, truth, predicted in zip(frame[slice_column].tolist(), frame[truth_column].tolist(),
                                       frame[prediction_column].tolist()):
        rows, false_positives, false_negatives = counts.get(MISSING if pd.isna(value) else value, (0, 0, 0))
        counts[MISSING if pd.isna(value) else value] = (
            rows + 1, false_positives + (bool(predicted) and not bool(truth)),
            false_negatives + (bool(truth) and not bool(predicted)))
    table = [(value, rows, fp + fn, (fp + fn) / rows, fp, fn)
             for value, (rows, fp, fn) in counts.items() if rows >= min_rows]
    table.sort(key=lambda row: (-row[3], -row[1]))
    return pd.DataFrame(table, columns=COLUMNS)
