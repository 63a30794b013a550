# Known-wrong for kata 6.4: gathers the invalid rows column by column, so the quarantined frame lists the
# rows broken in the first column before those broken in the next, not in the original order.
import pandas as pd


def quarantine_invalid_rows(frame, valid_ranges):
    parts = [frame.loc[_invalid(frame[column], low, high)] for column, (low, high) in valid_ranges.items()]
    quarantined = pd.concat(parts)
    quarantined = quarantined[~quarantined.index.duplicated()]
    return frame.drop(index=quarantined.index), quarantined
