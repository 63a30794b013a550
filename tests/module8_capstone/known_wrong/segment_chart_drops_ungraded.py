# Known-wrong for kata 8.5: the chart groups the rows itself with a plain groupby, which drops the
# rows whose segment is missing: the ungraded cards vanish from the chart.


def segment_error_chart(frame, y_pred, segment):
    actual = frame[TARGET].to_numpy(dtype=float)
    predicted = np.asarray(y_pred, dtype=float)
    if len(predicted) != len(frame):
        raise ValueError(f"{len(predicted)} predictions for {len(frame)} rows")
    ape = pd.Series(np.abs(actual - predicted) / actual, index=frame.index)
    table = ape.groupby(frame[segment]).agg(["median", "size"]).reset_index()
    table.columns = ["segment", "median_ape", "count"]
    return alt.Chart(table.astype({"segment": str})).mark_bar().encode(
        x="median_ape:Q", y="segment:N", tooltip=["count:Q"])
