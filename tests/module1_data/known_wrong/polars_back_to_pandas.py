# Known-wrong for kata 1.7: "uses polars" only to hand the rows back to the row-by-row pandas
# loop, so it is no faster than the original.


def type_summary_polars(frame):
    rows = pd.DataFrame(frame.to_dicts(), columns=frame.columns)
    return pl.DataFrame(type_summary_pandas(rows).to_dict("records"), schema=list(SUMMARY_COLUMNS))
