# Known-wrong for kata 8.2: cuts at 70% and 85% of the calendar span, which matches the row
# shares only when sales volume is uniform over time.
def time_split(frame, val_fraction=0.15, test_fraction=0.15):
    if not (0 < val_fraction < 1 and 0 < test_fraction < 1 and val_fraction + test_fraction < 1):
        raise ValueError("fractions out of range")
    days = frame["sale_date"].drop_duplicates().sort_values()
    if len(days) < 3:
        raise ValueError("too few dates")
    first, last = days.iloc[0], days.iloc[-1]
    val_start = first + (last - first) * (1 - val_fraction - test_fraction)
    test_start = first + (last - first) * (1 - test_fraction)
    val_start = min(max(val_start, days.iloc[1]), days.iloc[-2])
    test_start = min(max(test_start, days[days > val_start].iloc[0]), days.iloc[-1])
    dates = frame["sale_date"]
    return (frame[dates < val_start].copy(), frame[(dates >= val_start) & (dates < test_start)].copy(),
            frame[dates >= test_start].copy())
