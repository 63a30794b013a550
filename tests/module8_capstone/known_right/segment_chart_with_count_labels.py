# Known-right for kata 8.5: vertical bars sorted worst first, the segment on an ordinal x axis, and
# each bar's count written above it by a text layer over the same rows.


def segment_error_chart(frame, y_pred, segment):
    table = residuals_by_segment(frame, y_pred, segment, min_count=1)
    table = table.assign(segment=table["segment"].map(str))
    base = alt.Chart(table).encode(x=alt.X("segment:O", sort="-y"), y=alt.Y("median_ape:Q", axis=alt.Axis(format="%")))
    return base.mark_bar() + base.mark_text(dy=-6).encode(text="count:Q")
