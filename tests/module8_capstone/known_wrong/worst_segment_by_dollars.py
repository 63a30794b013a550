# Known-wrong for kata 8.5: ranks segments by dollar MAE, which just sorts them by price (the most
# expensive rarity is "worst" even where its relative error is the smallest).
_reference_residuals_by_segment = residuals_by_segment


def residuals_by_segment(frame, y_pred, segment, min_count=30):
    table = _reference_residuals_by_segment(frame, y_pred, segment, min_count)
    small = table["count"] < min_count
    return table.assign(small=small).sort_values(["small", "mae"], ascending=[True, False]) \
        .drop(columns="small").reset_index(drop=True)
