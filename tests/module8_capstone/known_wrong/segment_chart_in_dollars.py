# Known-wrong for kata 8.5: bars of each segment's dollar MAE, which rank the segments by their
# prices rather than by how badly the model prices them.


def segment_error_chart(frame, y_pred, segment):
    table = residuals_by_segment(frame, y_pred, segment).astype({"segment": str})
    return alt.Chart(table).mark_bar().encode(x="mae:Q", y="segment:N", tooltip=["count:Q", "median_ape:Q"])
