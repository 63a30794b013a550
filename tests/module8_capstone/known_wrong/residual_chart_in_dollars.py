# Known-wrong for kata 8.5: residuals in dollars (as in residuals_by_segment's mean_residual). On
# long-tailed prices a few expensive cards fill the whole y axis and hide every cheap card's error.


def residual_chart(frame, y_pred):
    actual = frame[TARGET].to_numpy(dtype=float)
    predicted = np.asarray(y_pred, dtype=float)
    regression_metrics(actual, predicted)
    points = pd.DataFrame({"predicted": predicted, "residual": actual - predicted})
    dots = alt.Chart(points).mark_point().encode(x="predicted:Q", y="residual:Q")
    return dots + alt.Chart().mark_rule().encode(y=alt.datum(0))
