import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Module 2: features without leakage")

with app.setup:
    import altair as alt
    import marimo as mo
    import pandas as pd

    from kata_framework import lessons


@app.cell
def _():
    with lessons.kata_import():
        from katas.module2_features import eda, leaky_experiment, suspicious_columns
    return eda, leaky_experiment, suspicious_columns


@app.cell
def _():
    pokemon = lessons.pokemon()
    numeric = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "generation", "height_m",
               "weight_kg", "capture_rate"]
    mo.md("""
    # Module 2: look before you engineer

    Distributions per group come from your `grouped_summary`, the correlated pairs from your
    `correlated_pairs` (kata 2.1); the column scores from `single_column_auc` and
    `flag_suspicious_columns` (kata 2.5); the experiment from `leaky_experiment.py` (kata 2.4).
    """)
    return numeric, pokemon


@app.cell
def _(numeric):
    group_by = mo.ui.dropdown(options=["is_legendary", "type1", "generation"], value="is_legendary", label="group by")
    measure = mo.ui.dropdown(options=numeric, value="attack", label="column")
    mo.hstack([group_by, measure], justify="start")
    return group_by, measure


@app.cell
def plot_grouped_summary(eda, group_by, measure, pokemon):
    _summary = lessons.attempt(eda.grouped_summary, pokemon, group_by.value, measure.value)
    _frame = _summary.reset_index(names="group").assign(group=lambda f: f["group"].astype(str))
    _base = alt.Chart(_frame).encode(y=alt.Y("group:N", sort=None, title=group_by.value))
    (_base.mark_rule().encode(x=alt.X("min:Q", title=measure.value), x2="max:Q")
     + _base.mark_tick(thickness=3, size=18).encode(x="median:Q",
                                                    tooltip=["group", "count", "mean", "median", "min", "max"])
     + _base.mark_point(shape="diamond", filled=True, color="firebrick").encode(x="mean:Q")
     + _base.mark_text(align="left", dx=6).encode(x="max:Q", text=alt.Text("count:Q", format="d"))
     ).properties(width=560, title=f"{measure.value}: min to max, median (tick), mean (diamond), count at the right")
    return


@app.cell
def _():
    threshold = mo.ui.slider(0.0, 1.0, step=0.05, value=0.5, label="|r| at least", show_value=True)
    threshold
    return (threshold,)


@app.cell
def plot_correlated_pairs(eda, numeric, pokemon, threshold):
    _pairs = lessons.attempt(eda.correlated_pairs, pokemon[numeric], threshold.value)
    _cells = pd.DataFrame([{"a": a, "b": b, "r": r} for a, b, r in _pairs]
                          + [{"a": b, "b": a, "r": r} for a, b, r in _pairs], columns=["a", "b", "r"])
    _base = alt.Chart(_cells).encode(x=alt.X("a:N", sort=numeric, scale=alt.Scale(domain=numeric), title=None),
                                     y=alt.Y("b:N", sort=numeric, scale=alt.Scale(domain=numeric), title=None))
    (_base.mark_rect().encode(color=alt.Color("r:Q", scale=alt.Scale(domain=[-1, 1], scheme="redblue")),
                              tooltip=["a", "b", alt.Tooltip("r:Q", format=".2f")])
     + _base.mark_text().encode(text=alt.Text("r:Q", format=".2f"))
     ).properties(width=420, height=420, title=f"{len(_pairs)} pairs with |r| >= {threshold.value}")
    return


@app.cell
def _():
    proxy_threshold = mo.ui.slider(0.55, 1.0, step=0.01, value=0.95, label="proxy threshold", show_value=True)
    proxy_threshold
    return (proxy_threshold,)


@app.cell
def plot_column_scores(pokemon, proxy_threshold, suspicious_columns):
    _target = pokemon["is_legendary"]
    _columns = [c for c in pokemon.columns if c != "is_legendary"]
    _flags = lessons.attempt(suspicious_columns.flag_suspicious_columns, pokemon, "is_legendary",
                             proxy_threshold.value)
    _rows = []
    for _column in _columns:
        _auc = lessons.attempt(suspicious_columns.single_column_auc, pokemon[_column], _target)
        _strength = None if _auc is None else max(_auc, 1 - _auc)
        _rows.append({"column": _column, "max(auc, 1 - auc)": _strength, "flag": _flags.get(_column, "kept")})
    _scores = pd.DataFrame(_rows)
    (alt.Chart(_scores).mark_bar().encode(
        x=alt.X("max(auc, 1 - auc):Q", scale=alt.Scale(domain=[0.5, 1])),
        y=alt.Y("column:N", sort="-x", title=None),
        color=alt.Color("flag:N"),
        tooltip=["column", "flag", alt.Tooltip("max(auc, 1 - auc):Q", format=".3f")],
     ) + alt.Chart(pd.DataFrame({"x": [proxy_threshold.value]})).mark_rule(strokeDash=[4, 4]).encode(x="x:Q")
     ).properties(width=520, title="How well each column alone separates legendaries")
    return


@app.cell
def plot_experiment_scores(leaky_experiment, pokemon):
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import balanced_accuracy_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    _train, _test = lessons.attempt(leaky_experiment.split_rows, pokemon, seed=0)
    _yours = lessons.attempt(leaky_experiment.fit_and_score, _train, _test, LogisticRegression(solver="liblinear"))
    _honest = [c for c in leaky_experiment.FEATURES if c != "capture_rate"]
    _predicted = cross_val_predict(make_pipeline(StandardScaler(), LogisticRegression(solver="liblinear")),
                                   pokemon[_honest], pokemon["is_legendary"],
                                   cv=StratifiedKFold(5, shuffle=True, random_state=0))
    _scores = pd.DataFrame([
        {"experiment": "your fit_and_score", "balanced accuracy": _yours.test_score},
        {"experiment": "5-fold, scaler in the fold, no capture_rate",
         "balanced accuracy": balanced_accuracy_score(pokemon["is_legendary"], _predicted)},
    ])
    alt.Chart(_scores).mark_bar().encode(
        x=alt.X("balanced accuracy:Q", scale=alt.Scale(domain=[0, 1])),
        y=alt.Y("experiment:N", title=None),
        tooltip=["experiment", alt.Tooltip("balanced accuracy:Q", format=".3f")],
    ).properties(width=520, title="Your experiment's score next to an honest estimate")
    return


if __name__ == "__main__":
    app.run()
