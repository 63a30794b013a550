# Known-wrong for kata 8.5: the zero line is placed with alt.value(0), which is 0 pixels (the top
# edge of the chart), not the residual 0.


def residual_chart(frame, y_pred):
    actual = frame[TARGET].to_numpy(dtype=float)
    predicted = np.asarray(y_pred, dtype=float)
    regression_metrics(actual, predicted)
    points = pd.DataFrame({"predicted": predicted, "residual": np.log(actual) - np.log(predicted)})
    dots = alt.Chart(points).mark_circle().encode(x="predicted:Q", y="residual:Q")
    zero = alt.Chart(points).mark_rule().encode(y=alt.value(0))
    return alt.layer(dots, zero)
