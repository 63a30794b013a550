# Known-right for kata 6.4: the validity mask from numpy arrays (NaN fails both comparisons) and
# positional selection with iloc, which keeps the index labels; the model gets a numpy array.


def quarantine_invalid_rows(frame, valid_ranges):
    good = np.ones(len(frame), dtype=bool)
    for column, (low, high) in valid_ranges.items():
        x = frame[column].to_numpy(dtype=float)
        with np.errstate(invalid="ignore"):
            good &= (x >= low) & (x <= high)
    return frame.iloc[np.flatnonzero(good)].copy(), frame.iloc[np.flatnonzero(~good)].copy()


def _errors(week, valid_ranges, model, label_column):
    valid, _ = quarantine_invalid_rows(week, valid_ranges)
    predicted = np.asarray(model.predict(valid[list(valid_ranges)].to_numpy()))
    return predicted != valid[label_column].to_numpy()
