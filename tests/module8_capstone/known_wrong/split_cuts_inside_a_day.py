# Known-wrong for kata 8.2: cuts at row positions, so sales of the boundary day land in two parts.
def time_split(frame, val_fraction=0.15, test_fraction=0.15):
    if not (0 < val_fraction < 1 and 0 < test_fraction < 1 and val_fraction + test_fraction < 1):
        raise ValueError("fractions out of range")
    if frame["sale_date"].nunique() < 3:
        raise ValueError("too few dates")
    ordered = frame.sort_values("sale_date")
    n = len(ordered)
    first, second = round(n * (1 - val_fraction - test_fraction)), round(n * (1 - test_fraction))
    return ordered.iloc[:first].copy(), ordered.iloc[first:second].copy(), ordered.iloc[second:].copy()
