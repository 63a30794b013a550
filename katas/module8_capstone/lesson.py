import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Module 8: the capstone, card prices")

with app.setup:
    import altair as alt
    import marimo as mo
    import numpy as np
    import pandas as pd

    from kata_framework import lessons


@app.cell
def _():
    with lessons.kata_import():
        from katas.module8_capstone import data_pipeline, evaluation, final_evaluation
    return data_pipeline, evaluation, final_evaluation


@app.cell
def _(data_pipeline):
    cards = lessons.attempt(data_pipeline.load_and_validate_data, lessons.card_sales_path())
    train, val, test = lessons.attempt(data_pipeline.time_split, cards)
    rarities = list(cards.groupby("rarity")["price_usd"].median().sort_values().index)  # cheapest first
    mo.md(f"""
    # Module 8: your capstone's data and model, drawn

    {len(cards)} sales loaded and validated by your `load_and_validate_data`, split by your
    `time_split` (kata 8.2) into {len(train)} / {len(val)} / {len(test)} rows.
    """)
    return cards, rarities, test, train, val


@app.cell
def plot_data_quality(cards, data_pipeline, rarities):
    _bars = lessons.attempt(data_pipeline.missing_values_chart, cards).properties(
        width=260, title="Missing values per column (your missing_values_chart)")
    _prices = alt.Chart(cards).mark_boxplot(extent="min-max").encode(
        x=alt.X("price_usd:Q", scale=alt.Scale(type="log"), title="price (USD, log scale)"),
        y=alt.Y("rarity:N", sort=rarities, title=None),
    ).properties(width=360, title="Price by rarity: a long right tail")
    alt.hconcat(_bars, _prices)
    return


@app.cell
def plot_price_over_time(cards, rarities, test, val):
    _monthly = (cards.assign(month=cards["sale_date"].dt.to_period("M").dt.to_timestamp())
                .groupby(["month", "rarity"], as_index=False)["price_usd"].median())
    _cuts = pd.DataFrame({"date": [val["sale_date"].min(), test["sale_date"].min()],
                          "split": ["validation starts", "test starts"]})
    (alt.Chart(_monthly).mark_line().encode(
        x=alt.X("month:T", title=None),
        y=alt.Y("price_usd:Q", scale=alt.Scale(type="log"), title="median price (USD, log scale)"),
        color=alt.Color("rarity:N", sort=rarities),
        tooltip=["month", "rarity", alt.Tooltip("price_usd:Q", format=".2f")])
     + alt.Chart(_cuts).mark_rule(strokeDash=[4, 4]).encode(x="date:T", tooltip=["split", "date"])
     ).properties(width=620, title="Median price per month and rarity, with your time split")
    return


@app.cell
def _(final_evaluation, test, train, val):
    model = lessons.attempt(final_evaluation.fit_final_model, pd.concat([train, val]))
    predicted = np.asarray(lessons.attempt(model.predict, test.drop(columns="price_usd")), dtype=float)
    return model, predicted


@app.cell
def plot_residuals(evaluation, predicted, test):
    lessons.attempt(evaluation.residual_chart, test, predicted).properties(
        width=620, title=f"Your residual_chart: your final model on the {len(test)} test sales (above 0: under-priced)")
    return


@app.cell
def _():
    segment = mo.ui.dropdown(options=["rarity", "language", "grade", "set_name", "is_first_edition"],
                             value="rarity", label="segment")
    segment
    return (segment,)


@app.cell
def plot_error_by_segment(evaluation, predicted, segment, test):
    lessons.attempt(evaluation.segment_error_chart, test, predicted, segment.value).properties(
        width=520, title=f"Your segment_error_chart: error per {segment.value}, with the count of each segment")
    return


@app.cell
def _():
    seed = mo.ui.number(start=1, stop=99_999, value=2718, label="hidden sample's seed")
    seed
    return (seed,)


@app.cell
def plot_hidden_score(evaluation, model, seed, test, train, val):
    from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
    from sklearn.linear_model import Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    from data.generate_dataset import make_card_sales

    _history = pd.concat([train, val])
    _hidden = make_card_sales(seed=int(seed.value)).astype({"grade": "Int64"})
    _hidden = _hidden[_hidden["sale_date"] >= test["sale_date"].min()].reset_index(drop=True)
    _rows = _hidden.drop(columns="price_usd")
    _numbers = ["hp", "attack", "is_legendary", "is_first_edition", "is_holo", "grade"]

    def _raw(frame):
        return frame.assign(grade=frame["grade"].astype("Float64").fillna(0).astype(float))

    # The yardstick: Ridge on log prices over the raw columns, no engineered features.
    _plain = make_pipeline(
        ColumnTransformer([("numbers", StandardScaler(), _numbers),
                           ("categories", OneHotEncoder(handle_unknown="ignore"), ["rarity", "language", "set_name"])]),
        TransformedTargetRegressor(Ridge(alpha=1.0), func=np.log, inverse_func=np.exp),
    ).fit(_raw(_history), _history["price_usd"])
    _predictions = {
        "median price": np.full(len(_hidden), float(_history["price_usd"].median())),
        "plain linear model": _plain.predict(_raw(_rows)),
        "your final model": np.asarray(model.predict(_rows.copy()), dtype=float),
    }
    _scores = pd.DataFrame([
        {"model": name, "log-MAE": lessons.attempt(evaluation.regression_metrics,
                                                   _hidden["price_usd"].to_numpy(), p)["log_mae"]}
        for name, p in _predictions.items()])
    alt.Chart(_scores).mark_bar().encode(
        x=alt.X("log-MAE:Q", title="log-MAE on the hidden later sales (lower is better)"),
        y=alt.Y("model:N", sort=list(_predictions), title=None),
        color=alt.condition(alt.datum.model == "your final model", alt.value("firebrick"), alt.value("gray")),
        tooltip=["model", alt.Tooltip("log-MAE:Q", format=".3f")],
    ).properties(width=520, title=f"{len(_hidden)} later sales drawn with seed {int(seed.value)}")
    return


if __name__ == "__main__":
    app.run()
