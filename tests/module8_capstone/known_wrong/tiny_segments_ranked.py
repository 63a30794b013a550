# Known-wrong for kata 8.5: ranks every segment by median APE whatever its size, so a segment of
# one or two cards can head the table by chance.
_reference_residuals_by_segment = residuals_by_segment


def residuals_by_segment(frame, y_pred, segment, min_count=30):
    table = _reference_residuals_by_segment(frame, y_pred, segment, min_count)
    return table.sort_values("median_ape", ascending=False).reset_index(drop=True)
