import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Module 3: training and experimentation")

with app.setup:
    import altair as alt
    import marimo as mo
    import numpy as np
    import pandas as pd

    from kata_framework import lessons


@app.cell
def _():
    with lessons.kata_import():
        from katas.module3_training import bias_variance, cross_validation, leaderboard
    return bias_variance, cross_validation, leaderboard


@app.cell
def _():
    from sklearn.model_selection import StratifiedKFold

    pokemon = lessons.pokemon()
    stats = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
    X, y = pokemon[stats], pokemon["is_legendary"].astype(int).to_numpy()
    stratified_folds = [(train, val) for train, val in
                        StratifiedKFold(3, shuffle=True, random_state=0).split(X, y)]
    mo.md("""
    # Module 3: folds, learning curves, a leaderboard

    The folds are drawn by your `cross_validation.py` (kata 3.1), the learning curve by your
    `learning_curve_scores` (kata 3.8), the leaderboard by your `leaderboard.py` (kata 3.3).
    """)
    return X, pokemon, stratified_folds, y


@app.cell
def _():
    scheme = mo.ui.dropdown(options=["k-fold", "k-fold, shuffled", "stratified k-fold", "group k-fold (by generation)"],
                            value="k-fold", label="scheme")
    n_splits = mo.ui.slider(2, 8, value=4, label="folds", show_value=True)
    mo.hstack([scheme, n_splits], justify="start")
    return n_splits, scheme


@app.cell
def plot_folds(cross_validation, n_splits, pokemon, scheme):
    _rows = pokemon.head(96).reset_index(drop=True)
    _labels, _groups = _rows["is_legendary"].to_numpy(), _rows["generation"].to_numpy()
    _split, _args, _options = {
        "k-fold": (cross_validation.kfold_indices, (len(_rows), n_splits.value), {}),
        "k-fold, shuffled": (cross_validation.kfold_indices, (len(_rows), n_splits.value),
                             {"shuffle": True, "seed": 0}),
        "stratified k-fold": (cross_validation.stratified_kfold_indices, (_labels, n_splits.value), {"seed": 0}),
        "group k-fold (by generation)": (cross_validation.group_kfold_indices, (_groups, n_splits.value), {}),
    }[scheme.value]
    _folds = lessons.attempt(_split, *_args, **_options)
    _cells = pd.DataFrame([
        {"fold": _i + 1, "row": int(_row), "role": _role,
         "legendary": bool(_labels[_row]), "generation": int(_groups[_row])}
        for _i, (_train, _val) in enumerate(_folds)
        for _role, _positions in (("train", _train), ("validation", _val)) for _row in _positions
    ])
    _grid = alt.Chart(_cells).mark_rect().encode(
        x=alt.X("row:O", axis=alt.Axis(labels=False, ticks=False), title="row (first 96 species)"),
        y=alt.Y("fold:O"),
        color=alt.Color("role:N", scale=alt.Scale(domain=["train", "validation"], range=["#c6dbef", "#e6550d"])),
        tooltip=["fold", "row", "role", "legendary", "generation"],
    )
    _strip = alt.Chart(_cells[_cells["fold"] == 1]).mark_rect().encode(
        x=alt.X("row:O", axis=None),
        color=alt.Color("generation:O", scale=alt.Scale(scheme="tableau10")),
        opacity=alt.condition("datum.legendary", alt.value(1.0), alt.value(0.35)),
        tooltip=["row", "generation", "legendary"],
    ).properties(height=14, title="generation of each row (legendary rows opaque)")
    alt.vconcat(_grid.properties(width=640, title=f"{scheme.value}: validation rows of each fold"),
                _strip.properties(width=640)).resolve_scale(color="independent")
    return


@app.cell
def _():
    depth = mo.ui.slider(1, 12, value=8, label="tree depth", show_value=True)
    depth
    return (depth,)


@app.cell
def plot_learning_curve(X, bias_variance, depth, stratified_folds, y):
    from sklearn.tree import DecisionTreeClassifier

    _curve = lessons.attempt(bias_variance.learning_curve_scores,
                             DecisionTreeClassifier(max_depth=depth.value, random_state=0), X, y,
                             stratified_folds, train_sizes=[40, 80, 160, 320, 520])
    _long = _curve.melt(id_vars="train_size", value_vars=["train_score", "validation_score"],
                        var_name="scored on", value_name="ROC AUC")
    alt.Chart(_long).mark_line(point=True).encode(
        x=alt.X("train_size:Q", title="training rows"),
        y=alt.Y("ROC AUC:Q", scale=alt.Scale(domain=[0.5, 1])),
        color="scored on:N",
        tooltip=["train_size", "scored on", alt.Tooltip("ROC AUC:Q", format=".3f")],
    ).properties(width=560, title=f"Learning curve of a depth-{depth.value} tree (3 stratified folds)")
    return


@app.cell
def _(leaderboard):
    candidates = lessons.attempt(leaderboard.candidate_models, 0)
    chosen = mo.ui.multiselect(options=list(candidates), value=list(candidates)[:2],
                               label="models on the leaderboard (each adds seconds)")
    chosen
    return candidates, chosen


@app.cell
def plot_leaderboard(X, candidates, chosen, leaderboard, stratified_folds, y):
    mo.stop(not chosen.value, mo.md("Choose at least one model."))
    _board = lessons.attempt(leaderboard.leaderboard, {name: candidates[name] for name in chosen.value},
                             X, y, stratified_folds)
    _folds = _board[["model", "fold_scores"]].explode("fold_scores").astype({"fold_scores": float})
    _summary = _board.assign(low=_board["mean"] - _board["std"], high=_board["mean"] + _board["std"])
    _order = list(_board["model"])
    (alt.Chart(_summary).mark_rule().encode(x=alt.X("low:Q", title="average precision"), x2="high:Q",
                                            y=alt.Y("model:N", sort=_order, title=None))
     + alt.Chart(_summary).mark_tick(thickness=3, size=20).encode(
         x="mean:Q", y=alt.Y("model:N", sort=_order),
         tooltip=["model", alt.Tooltip("mean:Q", format=".3f"), alt.Tooltip("std:Q", format=".3f"),
                  alt.Tooltip("fit_seconds:Q", format=".3f"), alt.Tooltip("p95_latency_ms:Q", format=".2f")])
     + alt.Chart(_folds).mark_point(color="gray").encode(x="fold_scores:Q", y=alt.Y("model:N", sort=_order))
     ).properties(width=560, title="Leaderboard: mean (tick), ± one std (rule), each fold (circles)")
    return


if __name__ == "__main__":
    app.run()
