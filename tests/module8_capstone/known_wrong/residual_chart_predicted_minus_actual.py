# Known-wrong for kata 8.5: the residual plot draws predicted minus actual, so the cards the model
# under-prices sit below zero and read as over-priced.


def residual_chart(frame, y_pred):
    actual = frame[TARGET].to_numpy(dtype=float)
    predicted = np.asarray(y_pred, dtype=float)
    regression_metrics(actual, predicted)
    points = pd.DataFrame({"predicted": predicted, "residual": np.log(predicted) - np.log(actual)})
    dots = alt.Chart(points).mark_circle().encode(x="predicted:Q", y="residual:Q")
    zero = alt.Chart(pd.DataFrame({"zero": [0.0]})).mark_rule().encode(y="zero:Q")
    return alt.layer(dots, zero)
