# Known-wrong for kata 8.5: a plain groupby, which silently drops the rows whose segment is missing
# (every ungraded card disappears from the error analysis).
def residuals_by_segment(frame, y_pred, segment):
    predicted = np.asarray(y_pred, dtype=float)
    if len(predicted) != len(frame):
        raise ValueError("length mismatch")
    table = pd.DataFrame({"segment": frame[segment].to_numpy(),
                          "residual": frame[TARGET].to_numpy(dtype=float) - predicted})
    summary = table.groupby("segment")["residual"].agg(
        count="size", mae=lambda r: float(np.abs(r).mean()), mean_residual="mean").reset_index()
    return summary.sort_values("mae", ascending=False).reset_index(drop=True)
