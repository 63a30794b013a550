# Known-wrong for kata 4.6: builds the frame from the inputs as given, so pandas Series are aligned
# by their index labels instead of matched by position.

_correct_group_rates = group_rates  # noqa: F821


def group_rates(y_true, y_pred, groups):
    _check_lengths(y_true, y_pred, groups)
    frame = pd.DataFrame({"truth": y_true, "predicted": y_pred, "group": groups})
    frame = frame.dropna()
    return _correct_group_rates(frame["truth"].to_numpy().astype(int), frame["predicted"].to_numpy().astype(int),
                                frame["group"].to_numpy())
