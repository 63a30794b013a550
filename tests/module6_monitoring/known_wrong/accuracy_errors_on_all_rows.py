# Known-wrong for kata 6.4: compares the error rates on every row that has all its values, so rows
# with an impossible value (under the 1% limit) still count.


def _errors(week, valid_ranges, model, label_column):
    complete = week.dropna(subset=list(valid_ranges))
    predicted = np.asarray(model.predict(complete[list(valid_ranges)]))  # noqa: F821
    return predicted != complete[label_column].to_numpy()
