# Known-wrong for kata 8.2: ends each part at the first day whose cumulative share passes the
# fraction, a day too late whenever the day before was closer.
import numpy as np
import pandas as pd


def time_split(frame, val_fraction=0.15, test_fraction=0.15):
    if not (0 < val_fraction < 1 and 0 < test_fraction < 1 and val_fraction + test_fraction < 1):
        raise ValueError("fractions out of range")
    dates = pd.to_datetime(frame["sale_date"])
    per_day = dates.value_counts().sort_index()
    if len(per_day) < 3:
        raise ValueError("fewer than three sale dates")
    share = per_day.cumsum().to_numpy() / len(frame)
    days = per_day.index
    last_train = min(int(np.searchsorted(share, 1 - val_fraction - test_fraction)), len(days) - 3)
    last_val = min(max(int(np.searchsorted(share, 1 - test_fraction)), last_train + 1), len(days) - 2)
    train = frame[dates <= days[last_train]]
    val = frame[(dates > days[last_train]) & (dates <= days[last_val])]
    test = frame[dates > days[last_val]]
    return train.copy(), val.copy(), test.copy()
