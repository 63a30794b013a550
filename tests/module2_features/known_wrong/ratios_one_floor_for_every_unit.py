# Known-wrong for kata 2.2: stat_ratios uses the default floor of 1 for every ratio, so every
# height under 1 m is divided by 1 and weight per height becomes plain weight for most species.


def stat_ratios(frame):
    return pd.DataFrame({name: safe_ratio(frame[top], frame[bottom])
                         for name, (top, bottom, _floor) in RATIOS.items()}, index=frame.index)
