# Known-wrong for kata 2.2: stat_ratios builds its frame from bare arrays, so the frame's index
# is replaced by 0..n-1 and the ratios no longer line up with the rows they came from.


def stat_ratios(frame):
    return pd.DataFrame({name: safe_ratio(frame[top], frame[bottom], floor).to_numpy()
                         for name, (top, bottom, floor) in RATIOS.items()})
