# Known-wrong for kata 6.4: checks only the lower bound (stats "must be positive"), so the
# sentinel 999 and NaN are still scored.


def quarantine_invalid_rows(frame, valid_ranges):
    invalid = pd.Series(False, index=frame.index)
    for column, (low, _) in valid_ranges.items():
        invalid |= frame[column] < low
    return frame.loc[~invalid].copy(), frame.loc[invalid].copy()
