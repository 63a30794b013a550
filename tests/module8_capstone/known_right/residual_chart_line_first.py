# Known-right for kata 8.5: the zero line first, as a line mark across the range of predictions,
# the points as squares, both layers over data given to the layer chart.


def residual_chart(frame, y_pred):
    actual = np.asarray(frame["price_usd"], dtype=float)
    predicted = np.asarray(y_pred, dtype=float)
    if actual.size == 0 or actual.shape != predicted.shape:
        raise ValueError("one prediction per row, at least one row")
    if not (np.isfinite(actual).all() and np.isfinite(predicted).all() and (actual > 0).all() and (predicted > 0).all()):
        raise ValueError("prices must be finite and > 0")
    points = pd.DataFrame({"y_pred": predicted, "log_ratio": np.log(actual / predicted)})
    span = pd.DataFrame({"y_pred": [predicted.min(), predicted.max()], "level": [0, 0]})
    line = alt.Chart(span).mark_line(color="black").encode(x="y_pred:Q", y="level:Q")
    dots = alt.Chart().mark_square(size=12).encode(x=alt.X("y_pred:Q").scale(type="log"), y="log_ratio:Q")
    return alt.layer(line, alt.layer(dots, data=points))
