import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Module 4: honest evaluation")

with app.setup:
    import altair as alt
    import marimo as mo
    import numpy as np
    import pandas as pd

    from kata_framework import lessons


@app.cell
def _():
    with lessons.kata_import():
        from katas.module4_evaluation import calibration, error_analysis, fairness, metrics, threshold
    return calibration, error_analysis, fairness, metrics, threshold


@app.cell
def _():
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split

    _pokemon = lessons.pokemon()
    _features = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "height_m", "weight_kg"]
    _train, evaluated = train_test_split(_pokemon, test_size=0.5, stratify=_pokemon["is_legendary"], random_state=0)
    _model = LogisticRegression(solver="liblinear", C=0.1).fit(_train[_features], _train["is_legendary"])
    scores = _model.predict_proba(evaluated[_features])[:, 1]
    truth = evaluated["is_legendary"].astype(int).to_numpy()
    mo.md(f"""
    # Module 4: evaluation you can defend

    A logistic regression on the stats, trained on half the species; everything below scores the
    other half ({len(evaluated)} species, {truth.sum()} legendary) with your module 4 functions.
    """)
    return evaluated, scores, truth


@app.cell
def _():
    cut = mo.ui.slider(0.0, 1.0, step=0.01, value=0.5, label="threshold", show_value=True)
    cost_fp = mo.ui.slider(1, 50, value=1, label="cost of a false positive", show_value=True)
    cost_fn = mo.ui.slider(1, 50, value=10, label="cost of a false negative", show_value=True)
    mo.hstack([cut, cost_fp, cost_fn], justify="start")
    return cost_fn, cost_fp, cut


@app.cell
def plot_confusion_matrix(cut, metrics, scores, truth):
    _predicted = (scores >= cut.value).astype(int)
    _counts = lessons.attempt(metrics.confusion_counts, truth, _predicted)
    _cells = pd.DataFrame([
        {"truth": "legendary", "predicted": "legendary", "rows": _counts.tp},
        {"truth": "legendary", "predicted": "not", "rows": _counts.fn},
        {"truth": "not", "predicted": "legendary", "rows": _counts.fp},
        {"truth": "not", "predicted": "not", "rows": _counts.tn},
    ])
    _summary = (f"precision {lessons.attempt(metrics.precision, truth, _predicted):.2f}, "
                f"recall {lessons.attempt(metrics.recall, truth, _predicted):.2f}, "
                f"F1 {lessons.attempt(metrics.f1, truth, _predicted):.2f}")
    _base = alt.Chart(_cells).encode(x=alt.X("predicted:N", sort=["legendary", "not"]),
                                     y=alt.Y("truth:N", sort=["legendary", "not"]))
    (_base.mark_rect().encode(color=alt.Color("rows:Q", scale=alt.Scale(type="log"), legend=None))
     + _base.mark_text(fontSize=18).encode(text="rows:Q")
     ).properties(width=260, height=200, title=f"At {cut.value:.2f}: {_summary}")
    return


@app.cell
def plot_cost_by_threshold(cost_fn, cost_fp, cut, scores, threshold, truth):
    _grid = np.round(np.linspace(0, 1, 101), 2)
    _costs = [lessons.attempt(threshold.expected_cost, truth, scores, _t, cost_fp=cost_fp.value,
                              cost_fn=cost_fn.value) for _t in _grid]
    _best, _lowest = lessons.attempt(threshold.cost_minimising_threshold, truth, scores,
                                     cost_fp=cost_fp.value, cost_fn=cost_fn.value)
    _frame = pd.DataFrame({"threshold": _grid, "cost": _costs})
    (alt.Chart(_frame).mark_line().encode(x="threshold:Q", y=alt.Y("cost:Q", title="total cost"),
                                          tooltip=["threshold", "cost"])
     + alt.Chart(pd.DataFrame({"threshold": [cut.value]})).mark_rule(strokeDash=[4, 4]).encode(x="threshold:Q")
     + alt.Chart(pd.DataFrame({"threshold": [min(_best, 1.0)], "cost": [_lowest]})).mark_point(
         size=120, filled=True, color="firebrick").encode(x="threshold:Q", y="cost:Q")
     ).properties(width=560,
                  title=f"Cost as the threshold moves; lowest {_lowest:g} at {_best:.3f} (chosen on these rows)")
    return


@app.cell
def _():
    n_bins = mo.ui.slider(2, 20, value=10, label="bins", show_value=True)
    n_bins
    return (n_bins,)


@app.cell
def plot_reliability(calibration, n_bins, scores, truth):
    _table = lessons.attempt(calibration.reliability_table, truth, scores, n_bins.value)
    _ece = lessons.attempt(calibration.expected_calibration_error, truth, scores, n_bins.value)
    _brier = lessons.attempt(calibration.brier_score, truth, scores)
    (alt.Chart(pd.DataFrame({"p": [0, 1]})).mark_line(strokeDash=[4, 4], color="gray").encode(x="p:Q", y="p:Q")
     + alt.Chart(_table).mark_line(point=True).encode(
         x=alt.X("mean_predicted:Q", scale=alt.Scale(domain=[0, 1]), title="mean predicted probability"),
         y=alt.Y("observed_rate:Q", scale=alt.Scale(domain=[0, 1]), title="observed rate"),
         size=alt.Size("count:Q"),
         tooltip=["bin_low", "bin_high", "count", alt.Tooltip("mean_predicted:Q", format=".3f"),
                  alt.Tooltip("observed_rate:Q", format=".3f")])
     ).properties(width=360, height=360, title=f"Reliability: ECE {_ece:.3f}, Brier {_brier:.3f}")
    return


@app.cell
def _():
    slice_column = mo.ui.dropdown(options=["type1", "generation", "type2"], value="type1", label="slice by")
    min_rows = mo.ui.slider(1, 40, value=10, label="smallest slice shown", show_value=True)
    mo.hstack([slice_column, min_rows], justify="start")
    return min_rows, slice_column


@app.cell
def plot_error_by_slice(cut, error_analysis, evaluated, min_rows, scores, slice_column):
    _frame = evaluated.assign(predicted=scores >= cut.value)
    _table = lessons.attempt(error_analysis.error_rates_by_slice, _frame, slice_column=slice_column.value,
                             min_rows=min_rows.value).astype({"slice": str})
    alt.Chart(_table).mark_bar().encode(
        x=alt.X("error_rate:Q", title="error rate"),
        y=alt.Y("slice:N", sort=None, title=slice_column.value),
        tooltip=["slice", "rows", "errors", "false_positives", "false_negatives"],
    ).properties(width=520, title=f"Error rate per {slice_column.value} at threshold {cut.value:.2f}")
    return


@app.cell
def plot_group_rates(cut, evaluated, fairness, scores, truth):
    _rates = lessons.attempt(fairness.group_rates, truth, (scores >= cut.value).astype(int),
                             evaluated["generation"].to_numpy())
    _rates = _rates.astype({"group": str})
    _base = alt.Chart(_rates).encode(y=alt.Y("group:N", title="generation"))
    (_base.mark_rule().encode(x=alt.X("tpr_low:Q", scale=alt.Scale(domain=[0, 1]), title="true positive rate"),
                              x2="tpr_high:Q")
     + _base.mark_point(filled=True, size=80).encode(x="tpr:Q", tooltip=["group", "rows", "positives",
                                                                          alt.Tooltip("tpr:Q", format=".2f")])
     + _base.mark_text(align="left", dx=8, dy=-8).encode(x="tpr:Q", text=alt.Text("positives:Q", format="d"))
     ).properties(width=520, title="Recall per generation with its 95% interval; the number is its legendaries")
    return


if __name__ == "__main__":
    app.run()
