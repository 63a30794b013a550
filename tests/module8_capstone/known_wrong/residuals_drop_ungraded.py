# Known-wrong for kata 8.5: a plain groupby, which silently drops the rows whose segment is missing
# (every ungraded card disappears from the error analysis).
def residuals_by_segment(frame, y_pred, segment, min_count=30):
    predicted = np.asarray(y_pred, dtype=float)
    if len(predicted) != len(frame) or min_count < 1:
        raise ValueError("length mismatch or min_count below 1")
    actual = frame[TARGET].to_numpy(dtype=float)
    table = pd.DataFrame({"segment": frame[segment].to_numpy(), "residual": actual - predicted,
                          "ape": np.abs(actual - predicted) / actual})
    summary = table.groupby("segment").agg(
        count=("residual", "size"), median_ape=("ape", "median"),
        mae=("residual", lambda r: float(np.abs(r).mean())), mean_residual=("residual", "mean")).reset_index()
    summary["small"] = summary["count"] < min_count
    summary = summary.sort_values(["small", "median_ape"], ascending=[True, False])
    return summary.drop(columns="small").reset_index(drop=True)
