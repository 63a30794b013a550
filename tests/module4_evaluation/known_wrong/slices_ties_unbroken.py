# Known-wrong for kata 4.3: sorts by error rate only, so equal rates keep the slices' alphabetical
# order instead of putting the larger slice first.

_correct_error_rates = error_rates_by_slice  # noqa: F821


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    table = _correct_error_rates(frame, slice_column=slice_column, truth_column=truth_column,
                                 prediction_column=prediction_column, min_rows=min_rows)
    by_name = table.assign(key=table["slice"].astype(str)).sort_values("key", kind="stable")
    return by_name.sort_values("error_rate", ascending=False, kind="stable")[COLUMNS].reset_index(drop=True)
