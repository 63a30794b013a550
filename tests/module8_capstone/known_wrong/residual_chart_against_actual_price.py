# Known-wrong for kata 8.5: residuals against the actual price. The residual contains the actual
# price, so even a model without any pattern shows a rising band: the plot invents a pattern.


def residual_chart(frame, y_pred):
    actual = frame[TARGET].to_numpy(dtype=float)
    predicted = np.asarray(y_pred, dtype=float)
    regression_metrics(actual, predicted)
    points = pd.DataFrame({"price_usd": actual, "residual": np.log(actual) - np.log(predicted)})
    dots = alt.Chart(points).mark_circle().encode(
        x=alt.X("price_usd:Q", scale=alt.Scale(type="log")), y="residual:Q")
    return dots + alt.Chart(points).mark_rule().encode(y=alt.datum(0))
