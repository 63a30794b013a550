import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Module 5: serving")

with app.setup:
    import time

    import altair as alt
    import marimo as mo
    import numpy as np
    import pandas as pd

    from kata_framework import lessons


@app.cell
def _():
    with lessons.kata_import():
        from katas.module5_serving import ab_testing, fast_path
    return ab_testing, fast_path


@app.cell
def _():
    from sklearn.compose import ColumnTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    stats = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
    pokemon = lessons.pokemon()
    # The module's model, as fast_path.LinearScorer's docstring builds it.
    pipeline = Pipeline([
        ("prepare", ColumnTransformer([("stats", StandardScaler(), stats),
                                       ("type", OneHotEncoder(handle_unknown="ignore"), ["type1"])])),
        ("classifier", LogisticRegression()),
    ]).fit(pokemon[["type1", *stats]], pokemon["is_legendary"])
    requests = pokemon[["type1", *stats]].sample(200, random_state=0).to_dict("records")
    mo.md("""
    # Module 5: what a request waits for, and how many users a test needs

    Every request below is timed one by one: the one-row DataFrame through the scikit-learn
    pipeline, and your `LinearScorer` (kata 5.2) on the same features.
    """)
    return pipeline, requests


@app.cell
def plot_latency(fast_path, pipeline, requests):
    _scorer = lessons.attempt(fast_path.LinearScorer, pipeline)
    lessons.attempt(_scorer.predict_proba, requests[0])  # warm-up, and a stub stops here

    def _timed(call, rows):
        _times = []
        for _row in rows:
            _start = time.perf_counter()
            call(_row)
            _times.append((time.perf_counter() - _start) * 1000)
        return _times

    _paths = {
        "pipeline, one-row DataFrame": _timed(lambda r: pipeline.predict_proba(pd.DataFrame([r]))[0, 1], requests[:50]),
        "your LinearScorer": _timed(_scorer.predict_proba, requests),
    }
    _calls = pd.DataFrame([{"path": p, "ms": t} for p, ts in _paths.items() for t in ts])
    _quantiles = pd.DataFrame([{"path": p, "quantile": q, "ms": float(np.percentile(ts, int(q[1:])))}
                               for p, ts in _paths.items() for q in ("p50", "p95", "p99")])
    _ticks = alt.Chart(_calls).mark_tick(opacity=0.4).encode(
        x=alt.X("ms:Q", scale=alt.Scale(type="log"), title="milliseconds per request (log scale)"),
        y=alt.Y("path:N", title=None))
    _marks = alt.Chart(_quantiles).mark_point(size=160, shape="triangle-down", filled=True).encode(
        x="ms:Q", y="path:N", color=alt.Color("quantile:N", sort=["p50", "p95", "p99"]),
        tooltip=["path", "quantile", alt.Tooltip("ms:Q", format=".4f")])
    (_ticks + _marks).properties(width=600, height=140, title="Each request's latency, with p50, p95 and p99")
    return


@app.cell
def _():
    baseline = mo.ui.slider(0.01, 0.5, step=0.01, value=0.10, label="baseline conversion rate", show_value=True)
    alpha = mo.ui.dropdown(options={"0.01": 0.01, "0.05": 0.05, "0.10": 0.10}, value="0.05", label="alpha")
    power = mo.ui.slider(0.5, 0.95, step=0.05, value=0.8, label="power", show_value=True)
    mo.hstack([baseline, alpha, power], justify="start")
    return alpha, baseline, power


@app.cell
def plot_sample_size(ab_testing, alpha, baseline, power):
    _effects = [e for e in np.round(np.arange(0.005, 0.105, 0.005), 3) if baseline.value + e < 1]
    _sizes = pd.DataFrame([
        {"minimum detectable effect": e,
         "users per arm": lessons.attempt(ab_testing.sample_size_per_arm, baseline.value, float(e),
                                          alpha=alpha.value, power=power.value)}
        for e in _effects])
    alt.Chart(_sizes).mark_line(point=True).encode(
        x=alt.X("minimum detectable effect:Q", title="smallest absolute lift worth detecting"),
        y=alt.Y("users per arm:Q", scale=alt.Scale(type="log")),
        tooltip=["minimum detectable effect", "users per arm"],
    ).properties(width=560,
                 title=f"Users per arm from a baseline of {baseline.value:.0%} (about 1 / effect², so a log scale)")
    return


if __name__ == "__main__":
    app.run()
