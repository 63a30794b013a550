# Known-wrong for kata 1.3: appends the copy with ignore_index=True, which renumbers every row
# 0..n; invisible on a 0..n-1 index, but on a shuffled table the original rows lose their labels.
import pandas as pd


def duplicate_id(frame):
    if frame.empty:
        raise ValueError("an empty table has no row to duplicate")
    broken = frame.copy()
    return pd.concat([broken, broken.iloc[[0]]], ignore_index=True)
