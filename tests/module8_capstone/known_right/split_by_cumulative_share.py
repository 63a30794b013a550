# Known-right for kata 8.2: counts sales per day and cuts where the cumulative share of rows
# reaches each fraction, clamped so every part keeps at least one day.
import numpy as np


def time_split(frame, val_fraction=0.15, test_fraction=0.15):
    if not (0 < val_fraction < 1 and 0 < test_fraction < 1 and val_fraction + test_fraction < 1):
        raise ValueError("fractions must be in (0, 1) and sum below 1")
    per_day = frame["sale_date"].value_counts().sort_index()
    if len(per_day) < 3:
        raise ValueError("three parts need three distinct sale dates")
    share = per_day.cumsum().to_numpy() / len(frame)
    train_days = int(np.searchsorted(share, 1 - val_fraction - test_fraction, side="left")) + 1
    train_days = min(max(train_days, 1), len(per_day) - 2)
    before_test = int(np.searchsorted(share, 1 - test_fraction, side="left")) + 1
    before_test = min(max(before_test, train_days + 1), len(per_day) - 1)
    days = per_day.index
    dates = frame["sale_date"]
    return (frame[dates < days[train_days]].copy(),
            frame[(dates >= days[train_days]) & (dates < days[before_test])].copy(),
            frame[dates >= days[before_test]].copy())
