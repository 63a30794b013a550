# Known-right for kata 8.2: vertical bars sorted by share, the column names on an ordinal x axis,
# the share counted by hand (missing rows / all rows), with a text label of the percentage.


def missing_values_chart(frame):
    rows = [{"name": str(column), "share": int(frame[column].isna().sum()) / len(frame)} for column in frame.columns]
    base = alt.Chart(pd.DataFrame(rows)).encode(x=alt.X("name:O", sort="-y"), y=alt.Y("share:Q", scale=alt.Scale(domain=[0, 1])))
    return base.mark_bar() + base.mark_text(dy=-4).encode(text=alt.Text("share:Q", format=".0%"))
