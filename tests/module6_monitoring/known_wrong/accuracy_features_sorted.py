# Known-wrong for kata 6.4: hands the model its features as an array in alphabetical order instead of
# in valid_ranges order, so a model that reads features by position sees them swapped.


def _errors(week, valid_ranges, model, label_column):
    valid, _ = quarantine_invalid_rows(week, valid_ranges)
    predicted = np.asarray(model.predict(valid[sorted(valid_ranges)].to_numpy()))
    return predicted != valid[label_column].to_numpy()
