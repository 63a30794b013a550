# Known-wrong for kata 4.3: keeps only slices with MORE than min_rows rows.

_correct_error_rates = error_rates_by_slice  # noqa: F821


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    table = _correct_error_rates(frame, slice_column=slice_column, truth_column=truth_column,
                                 prediction_column=prediction_column, min_rows=1)
    return table[table["rows"] > min_rows].reset_index(drop=True)
