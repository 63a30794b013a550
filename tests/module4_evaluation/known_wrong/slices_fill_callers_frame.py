# Known-wrong for kata 4.3: fills the missing slice values in the caller's own frame.

_correct_error_rates = error_rates_by_slice  # noqa: F821


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    frame[slice_column] = frame[slice_column].astype(object).where(frame[slice_column].notna(), MISSING)
    return _correct_error_rates(frame, slice_column=slice_column, truth_column=truth_column,
                                prediction_column=prediction_column, min_rows=min_rows)
