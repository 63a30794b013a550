# Known-wrong for kata 4.3: calls a missed positive a false positive and a wrong flag a false negative.

_correct_error_rates = error_rates_by_slice  # noqa: F821


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    table = _correct_error_rates(frame, slice_column=slice_column, truth_column=truth_column,
                                 prediction_column=prediction_column, min_rows=min_rows)
    return table.assign(false_positives=table["false_negatives"], false_negatives=table["false_positives"])
