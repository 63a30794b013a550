# Known-wrong for kata 4.3: sorts by the number of errors, so big slices look worst.

_correct_error_rates = error_rates_by_slice


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    table = _correct_error_rates(frame, slice_column=slice_column, truth_column=truth_column,
                                 prediction_column=prediction_column, min_rows=min_rows)
    return table.sort_values("errors", ascending=False).reset_index(drop=True)
