import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Module 0: ML in business context")

with app.setup:
    import altair as alt
    import marimo as mo
    import numpy as np
    import pandas as pd

    from kata_framework import lessons


@app.cell
def _():
    with lessons.kata_import():
        from katas.module0_business import metrics_to_money, roi
    return metrics_to_money, roi


@app.cell
def _():
    mo.md("""
    # Module 0: what a model is worth

    Move the assumptions and watch your `roi.py` (kata 0.2) redraw the project's cumulative cash
    flow, and your `metrics_to_money.py` (kata 0.3) price every threshold of a simple rule.
    """)
    return


@app.cell
def _():
    build_cost = mo.ui.slider(10_000, 200_000, step=5_000, value=60_000, label="build cost", show_value=True)
    build_months = mo.ui.slider(1, 12, value=3, label="build months", show_value=True)
    run_cost = mo.ui.slider(0, 10_000, step=500, value=2_000, label="monthly run cost", show_value=True)
    benefit = mo.ui.slider(0, 30_000, step=1_000, value=10_000, label="monthly benefit at full adoption",
                           show_value=True)
    ramp_up = mo.ui.slider(0, 12, value=4, label="ramp-up months", show_value=True)
    rate = mo.ui.slider(0.0, 0.5, step=0.05, value=0.2, label="annual discount rate", show_value=True)
    horizon = mo.ui.slider(6, 48, step=6, value=24, label="horizon (months)", show_value=True)
    mo.vstack([mo.hstack([build_cost, build_months, run_cost]), mo.hstack([benefit, ramp_up, rate]), horizon])
    return benefit, build_cost, build_months, horizon, ramp_up, rate, run_cost


@app.cell
def _(benefit, build_cost, build_months, ramp_up, roi, run_cost):
    project = roi.MLProject(build_cost=build_cost.value, build_months=build_months.value,
                            monthly_run_cost=run_cost.value, monthly_benefit=benefit.value,
                            ramp_up_months=ramp_up.value)
    return (project,)


@app.cell
def plot_cumulative_cash_flow(horizon, project, rate, roi):
    _flows = lessons.attempt(roi.monthly_cash_flows, project, horizon.value)
    _months = np.arange(1, len(_flows) + 1)
    _discounted = np.asarray(_flows) / (1 + rate.value) ** (_months / 12)
    _timeline = pd.concat([
        pd.DataFrame({"month": _months, "cumulative": np.cumsum(_flows), "flows": "as paid"}),
        pd.DataFrame({"month": _months, "cumulative": np.cumsum(_discounted), "flows": "discounted"}),
    ])
    _line = alt.Chart(_timeline).mark_line(point=True).encode(
        x=alt.X("month:Q", title="month"),
        y=alt.Y("cumulative:Q", title="cumulative net cash flow"),
        color=alt.Color("flows:N", title=None),
        tooltip=["month", "flows", alt.Tooltip("cumulative:Q", format=",.0f")],
    )
    _zero = alt.Chart(pd.DataFrame({"y": [0]})).mark_rule(strokeDash=[4, 4]).encode(y="y:Q")
    (_line + _zero).properties(width=620, height=280, title="Cumulative cash flow: where it crosses zero is payback")
    return


@app.cell
def _(horizon, project, rate, roi):
    _n = horizon.value
    _figures = {
        "ROI over the horizon": f"{lessons.attempt(roi.roi, project, _n):.1%}",
        "payback month": lessons.attempt(roi.payback_month, project, _n) or "not within the horizon",
        "discounted payback month": (lessons.attempt(roi.discounted_payback_month, project, _n, rate.value)
                                     or "not within the horizon"),
        "NPV": f"{lessons.attempt(roi.npv, project, _n, rate.value):,.0f}",
    }
    mo.hstack([mo.stat(value=str(v), label=k) for k, v in _figures.items()])
    return


@app.cell
def _():
    mo.md("""
    ## Cost of errors as the threshold moves

    A rule with no model at all: flag a species as legendary when its stat total reaches a
    threshold. Each threshold has a recall and a false-positive rate on the Pokémon table; your
    `expected_monthly_value` turns them into money for the business case below.
    """)
    return


@app.cell
def _():
    volume = mo.ui.slider(1_000, 100_000, step=1_000, value=10_000, label="cases per month", show_value=True)
    loss = mo.ui.slider(0, 1_000, step=10, value=300, label="loss per missed positive", show_value=True)
    review = mo.ui.slider(0, 200, step=5, value=20, label="cost per flag (review)", show_value=True)
    mo.hstack([volume, loss, review])
    return loss, review, volume


@app.cell
def _():
    pokemon = lessons.pokemon()
    stats = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
    score = pokemon[stats].sum(axis=1).to_numpy()
    positive = pokemon["is_legendary"].to_numpy(dtype=bool)
    return positive, score


@app.cell
def plot_value_by_threshold(loss, metrics_to_money, positive, review, score, volume):
    _case = metrics_to_money.BusinessCase(monthly_volume=volume.value, prevalence=float(positive.mean()),
                                          loss_per_positive=loss.value, cost_per_flag=review.value)
    _rows = []
    for _threshold in range(int(score.min()), int(score.max()) + 10, 10):
        _flagged = score >= _threshold
        _recall = float(_flagged[positive].mean())
        _fpr = float(_flagged[~positive].mean())
        _value = lessons.attempt(metrics_to_money.expected_monthly_value, _case, _recall, _fpr)
        _rows.append({"threshold": _threshold, "value per month": _value, "recall": _recall,
                      "false-positive rate": _fpr})
    _frame = pd.DataFrame(_rows)
    _best = _frame.loc[_frame["value per month"].idxmax()]
    _curve = alt.Chart(_frame).mark_line().encode(
        x=alt.X("threshold:Q", title="flag when stat total >= threshold"),
        y=alt.Y("value per month:Q", title="expected value per month vs flagging nothing"),
        tooltip=["threshold", alt.Tooltip("value per month:Q", format=",.0f"),
                 alt.Tooltip("recall:Q", format=".2f"), alt.Tooltip("false-positive rate:Q", format=".3f")],
    )
    _zero = alt.Chart(pd.DataFrame({"y": [0]})).mark_rule(strokeDash=[4, 4]).encode(y="y:Q")
    _peak = alt.Chart(pd.DataFrame([_best])).mark_point(size=120, filled=True, color="firebrick").encode(
        x="threshold:Q", y="value per month:Q")
    (_curve + _zero + _peak).properties(width=620, height=280,
                                        title=f"Best threshold here: {int(_best['threshold'])}")
    return


if __name__ == "__main__":
    app.run()
