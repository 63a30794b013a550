# Known-wrong for kata 4.6: puts the labels and predictions in a fresh frame, then assigns the groups
# as a column; pandas aligns a Series of groups by its index labels, not by its positions.

_correct_group_rates = group_rates  # noqa: F821


def group_rates(y_true, y_pred, groups):
    frame = pd.DataFrame({"truth": np.asarray(y_true), "predicted": np.asarray(y_pred)})  # noqa: F821
    frame["group"] = groups
    return _correct_group_rates(frame["truth"].to_numpy(), frame["predicted"].to_numpy(),
                                frame["group"].to_numpy())
