# Known-wrong for kata 1.7: "uses polars" only to run the query at once, hand the rows to pandas
# and wrap the answer back up as a LazyFrame: nothing is lazy, and the work is pandas'.


def type_summary_polars(frame):
    rows = pd.DataFrame(frame.collect().to_dicts())
    if rows.empty:
        rows = pd.DataFrame(columns=frame.collect_schema().names())
    summary = type_summary_pandas(rows)
    return pl.DataFrame(summary.to_dict("records"), schema=list(SUMMARY_COLUMNS)).lazy()
