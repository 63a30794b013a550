# Known-wrong for kata 1.3: appends the copy as frame.iloc[0].to_frame().T, a row rebuilt from a
# Series of mixed values, so every column of the result becomes object.

import pandas as pd


def duplicate_id(frame):
    if frame.empty:
        raise ValueError("duplicate_id needs at least one row to copy")
    broken = frame.copy()
    return pd.concat([broken, broken.iloc[0].to_frame().T])
