# Known-wrong for kata 8.2: frame.count() / len(frame), which is the share of values present:
# count() counts the values that are there, not the missing ones.


def missing_values_chart(frame):
    shares = frame.count() / len(frame)
    table = pd.DataFrame({"column": shares.index.map(str), "missing": shares.to_numpy(dtype=float)})
    return alt.Chart(table).mark_bar().encode(x="missing:Q", y="column:N")
