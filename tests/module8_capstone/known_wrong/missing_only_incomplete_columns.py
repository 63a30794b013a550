# Known-wrong for kata 8.2: draws only the columns that have missing values, so the chart cannot
# tell a complete column from one that was never checked.


def missing_values_chart(frame):
    shares = frame.isna().mean()
    shares = shares[shares > 0]
    table = pd.DataFrame({"column": shares.index.map(str), "missing": shares.to_numpy()})
    return alt.Chart(table).mark_bar().encode(x="missing:Q", y="column:N")
