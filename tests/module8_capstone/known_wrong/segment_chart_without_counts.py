# Known-wrong for kata 8.5: bars of the median error per segment without their counts, so a
# segment of two cards looks as certain as one of two thousand.


def segment_error_chart(frame, y_pred, segment):
    table = residuals_by_segment(frame, y_pred, segment).astype({"segment": str})
    return alt.Chart(table).mark_bar().encode(x="median_ape:Q", y=alt.Y("segment:N", sort=None))
