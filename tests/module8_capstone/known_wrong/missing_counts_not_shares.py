# Known-wrong for kata 8.2: counts the missing values (isna().sum()) instead of their share, so a
# column's bar depends on how many rows the frame has.


def missing_values_chart(frame):
    counts = frame.isna().sum()
    table = pd.DataFrame({"column": counts.index.map(str), "missing": counts.to_numpy(dtype=float)})
    return alt.Chart(table).mark_bar().encode(x="missing:Q", y="column:N")
