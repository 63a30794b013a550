# Known-wrong for kata 8.2: a random split, so next year's sales train the model that prices last year's.
def time_split(frame, val_fraction=0.15, test_fraction=0.15):
    if not (0 < val_fraction < 1 and 0 < test_fraction < 1 and val_fraction + test_fraction < 1):
        raise ValueError("fractions out of range")
    if frame["sale_date"].nunique() < 3:
        raise ValueError("too few dates")
    shuffled = frame.sample(frac=1, random_state=42)
    n = len(shuffled)
    first, second = round(n * (1 - val_fraction - test_fraction)), round(n * (1 - test_fraction))
    return shuffled.iloc[:first].copy(), shuffled.iloc[first:second].copy(), shuffled.iloc[second:].copy()
