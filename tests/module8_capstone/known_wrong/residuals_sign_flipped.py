# Known-wrong for kata 8.5: residuals as prediction minus actual, so the sign of the bias is flipped
# (an under-priced segment looks over-priced).
_reference_residuals_by_segment = residuals_by_segment


def residuals_by_segment(frame, y_pred, segment, min_count=30):
    table = _reference_residuals_by_segment(frame, y_pred, segment, min_count)
    return table.assign(mean_residual=-table["mean_residual"])
