# Known-wrong for kata 4.3: turns every slice value into text before grouping, so generation 1 comes
# back as the slice "1" (missing values still become the missing slice).

_correct_error_rates_by_slice = error_rates_by_slice  # noqa: F821


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    text = frame.copy()
    text[slice_column] = frame[slice_column].astype(str).where(frame[slice_column].notna(), None)
    return _correct_error_rates_by_slice(text, slice_column=slice_column, truth_column=truth_column,
                                         prediction_column=prediction_column, min_rows=min_rows)
