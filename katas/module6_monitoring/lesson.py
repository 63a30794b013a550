import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Module 6: monitoring")

with app.setup:
    import altair as alt
    import marimo as mo
    import pandas as pd

    from kata_framework import lessons


@app.cell
def _():
    with lessons.kata_import():
        from katas.module6_monitoring import alerting, drift, psi
    return alerting, drift, psi


@app.cell
def _():
    reference = lessons.production_batch("reference")
    batch_names = [f"batch_{i:02d}" for i in range(1, 7)]
    batches = {name: lessons.production_batch(name) for name in batch_names}
    numeric = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "generation"]
    monitored = [*numeric, "type1", "type2", "is_legendary"]
    planted = lessons.manifest()["drifted_columns"]
    mo.md("""
    # Module 6: six weeks of production batches against the reference

    PSI per column and week from your `population_stability_index` and `psi_severity`
    (kata 6.1), the drift tests from your `detect_drift` (kata 6.2), the alerts from your
    `alert_states` (kata 6.3). A ring marks a column the generator really drifted that week.
    """)
    return batch_names, batches, monitored, numeric, planted, reference


@app.cell
def plot_psi_by_week(batch_names, batches, numeric, planted, psi, reference):
    _rows = []
    for _week in batch_names:
        for _column in numeric:
            _value = lessons.attempt(psi.population_stability_index, reference[_column].to_numpy(),
                                     batches[_week][_column].to_numpy())
            _severity = lessons.attempt(psi.psi_severity, _value, n_expected=len(reference),
                                        n_actual=len(batches[_week]))
            _rows.append({"week": _week, "column": _column, "PSI": _value, "severity": _severity,
                          "planted": _column in planted[_week]})
    psi_table = pd.DataFrame(_rows)
    _base = alt.Chart(psi_table).encode(x=alt.X("week:O", title=None), y=alt.Y("column:N", sort=numeric, title=None))
    (_base.mark_rect().encode(color=alt.Color("severity:N", scale=alt.Scale(
        domain=["stable", "moderate", "major"], range=["#e5f5e0", "#fdae6b", "#e6550d"])),
        tooltip=["week", "column", alt.Tooltip("PSI:Q", format=".3f"), "severity", "planted"])
     + _base.mark_text().encode(text=alt.Text("PSI:Q", format=".2f"))
     + alt.Chart(psi_table[psi_table["planted"]]).mark_point(size=700, color="black").encode(
         x="week:O", y=alt.Y("column:N", sort=numeric))
     ).properties(width=520, height=260, title="PSI of each numeric column, week by week")
    return (psi_table,)


@app.cell
def _():
    alpha = mo.ui.slider(0.001, 0.1, step=0.001, value=0.05, label="alpha (family-wise)", show_value=True)
    alpha
    return (alpha,)


@app.cell
def plot_drift_tests(alpha, batch_names, batches, drift, monitored, planted, reference):
    _tables = []
    for _week in batch_names:
        _result = lessons.attempt(drift.detect_drift, reference, batches[_week], monitored, alpha=alpha.value)
        _tables.append(_result.assign(week=_week, planted=_result["column"].isin(planted[_week])))
    _tests = pd.concat(_tables, ignore_index=True).astype({"drifted": bool})
    _tests["verdict"] = _tests["drifted"].map({True: "drifted", False: "no drift"})
    _base = alt.Chart(_tests).encode(x=alt.X("week:O", title=None), y=alt.Y("column:N", sort=monitored, title=None))
    (_base.mark_rect().encode(
        color=alt.Color("verdict:N", scale=alt.Scale(domain=["no drift", "drifted"], range=["#f0f0f0", "#3182bd"])),
        tooltip=["week", "column", "test", alt.Tooltip("p_value:Q", format=".2g"),
                 alt.Tooltip("effect_size:Q", format=".3f"), "planted"])
     + alt.Chart(_tests[_tests["planted"]]).mark_point(size=700, color="black").encode(
         x="week:O", y=alt.Y("column:N", sort=monitored))
     ).properties(width=520, height=300, title="Your drift tests' verdicts (ring: drift the generator planted)")
    return


@app.cell
def _(numeric):
    column = mo.ui.dropdown(options=numeric, value="attack", label="column")
    sustain = mo.ui.slider(1, 4, value=2, label="weeks in a row before alerting", show_value=True)
    mo.hstack([column, sustain], justify="start")
    return column, sustain


@app.cell
def plot_alerts(alerting, column, psi_table, sustain):
    _series = psi_table[psi_table["column"] == column.value].sort_values("week")
    _states = lessons.attempt(alerting.alert_states, _series["PSI"].tolist(), warning=0.1, critical=0.25,
                              sustain=sustain.value)
    _series = _series.assign(state=_states)
    _levels = pd.DataFrame({"PSI": [0.1, 0.25], "level": ["warning", "critical"]})
    (alt.Chart(_series).mark_line(color="gray").encode(x=alt.X("week:O", title=None), y="PSI:Q")
     + alt.Chart(_series).mark_point(size=140, filled=True).encode(
         x="week:O", y="PSI:Q",
         color=alt.Color("state:N", scale=alt.Scale(domain=["ok", "warning", "critical"],
                                                    range=["#31a354", "#fd8d3c", "#de2d26"])),
         tooltip=["week", alt.Tooltip("PSI:Q", format=".3f"), "state"])
     + alt.Chart(_levels).mark_rule(strokeDash=[4, 4]).encode(y="PSI:Q", tooltip=["level"])
     ).properties(width=520, title=f"Alert state after each week for {column.value} (warning 0.1, critical 0.25)")
    return


if __name__ == "__main__":
    app.run()
