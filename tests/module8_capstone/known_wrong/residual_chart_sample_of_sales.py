# Known-wrong for kata 8.5: draws a random sample of 1,000 sales "to keep the chart light": the
# rare, expensive cards where the model fails are the first to drop out.


def residual_chart(frame, y_pred):
    actual = frame[TARGET].to_numpy(dtype=float)
    predicted = np.asarray(y_pred, dtype=float)
    regression_metrics(actual, predicted)
    points = pd.DataFrame({"predicted": predicted, "residual": np.log(actual) - np.log(predicted)})
    points = points.sample(n=min(len(points), 1000), random_state=0)
    dots = alt.Chart(points).mark_circle().encode(x="predicted:Q", y="residual:Q")
    return dots + alt.Chart(pd.DataFrame({"zero": [0.0]})).mark_rule().encode(y="zero:Q")
