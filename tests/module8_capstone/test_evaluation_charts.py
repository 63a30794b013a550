"""Kata 8.5, drawn: the residual plot and the error-by-segment chart show what they must.

The charts are read from their Vega-Lite specification (``chart.to_dict()``): marks, the field
and type on each axis, and the rows behind each layer. Titles, colours, scales, column names,
tooltips, layer order, inline data or named datasets are free.

Rules (residual_chart):
1. points (point, circle or square), quantitative x and y, one per row of the frame, every row:
   ``test_residual_chart_worked_example``, ``test_residual_chart_keeps_every_sale``
2. x is the predicted price, not the actual one: ``test_residual_chart_worked_example``
3. y is log(actual) - log(predicted) (sign and log scale): ``test_residual_chart_worked_example``
4. values computed before charting (no Altair transform or aggregate): ``test_residual_chart_worked_example``
5. a horizontal line at the data value 0 (a rule or a line mark), on the points' y scale:
   ``test_residual_chart_draws_a_line_at_zero``
6. the input is not modified: ``test_residual_chart_leaves_its_input_alone``
7. Raises: no rows, a length mismatch, a price NaN, infinite or <= 0:
   ``test_residual_chart_refuses_prices_without_a_log``

Rules (segment_error_chart):
8. bars, one per segment (missing values as "missing"), the segment nominal or ordinal, the
   median absolute percentage error quantitative, one row per bar, no Altair aggregate:
   ``test_segment_chart_worked_example``, ``test_segment_chart_keeps_ungraded_cards``
9. the count of each segment is shown by some encoding: ``test_segment_chart_worked_example``,
   ``test_segment_chart_keeps_ungraded_cards``
10. the input is not modified: ``test_segment_chart_worked_example``
11. Raises on a length mismatch: ``test_segment_chart_refuses_a_length_mismatch``
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from kata_framework.expect import must_raise
from katas.module8_capstone.evaluation import residual_chart, segment_error_chart

from .charts import POSITIONS, bar_table, layers, number, shows_per_category, spec_of, y_scale_is_independent

WHERE = "katas/module8_capstone/evaluation.py"
RESIDUAL = f"residual_chart ({WHERE})"
SEGMENTS = f"segment_error_chart ({WHERE})"
POINT_MARKS = ("point", "circle", "square")


def _points(spec: dict) -> list[tuple[float, float]]:
    """(x, y) of every point the chart draws; fails unless the point layers show fields on
    quantitative x and y as they are in their rows."""
    points = [layer for layer in layers(spec) if layer.mark in POINT_MARKS]
    assert points, (f"{RESIDUAL}: draw one point per sale (mark_point or mark_circle); the chart's "
                    f"marks are {[layer.mark for layer in layers(spec)]}")
    pairs = []
    for layer in points:
        x, y = layer.channel("x"), layer.channel("y")
        assert x.get("type") == "quantitative" and y.get("type") == "quantitative" and "field" in x and "field" in y, (
            f"{RESIDUAL}: put the predicted price on x and the residual on y, both as fields of the "
            f"chart's data, quantitative (':Q'); got x={x}, y={y}")
        assert not (layer.transformed or x.get("aggregate") or y.get("aggregate") or x.get("bin") or y.get("bin")), (
            f"{RESIDUAL}: compute the residuals in pandas and draw the columns as they are: no Altair "
            "transform, aggregate or bin on the points")
        pairs += [(number(row.get(x["field"])), number(row.get(y["field"]))) for row in layer.rows]
    return pairs


def _assert_points(chart, actual: np.ndarray, predicted: np.ndarray) -> None:
    pairs = sorted(_points(spec_of(chart, RESIDUAL)))
    assert len(pairs) == len(actual), (
        f"{RESIDUAL} draws {len(pairs)} points for {len(actual)} sales: one point per sale, every "
        "sale (no sample, no aggregate)")
    xs = np.array([x for x, _ in pairs])
    order = np.argsort(predicted, kind="stable")
    if not np.allclose(xs, predicted[order], rtol=1e-9):
        hint = " (that is the actual price)" if np.allclose(xs, np.sort(actual), rtol=1e-9) else ""
        pytest.fail(f"{RESIDUAL}: x must be the predicted price of each sale{hint}: residuals against "
                    "the prediction show whether the errors depend on what the model says", pytrace=False)
    ys = np.array([y for _, y in pairs])
    expected = (np.log(actual) - np.log(predicted))[order]
    if np.allclose(ys, expected, rtol=1e-9, atol=1e-12):
        return
    if np.allclose(ys, -expected, rtol=1e-9, atol=1e-12):
        problem = "it is predicted minus actual; the residual is actual minus predicted (above 0: under-priced)"
    elif np.allclose(ys, (actual - predicted)[order], rtol=1e-9):
        problem = ("it is in dollars; on the log scale the model learns, a residual is relative "
                   "(0.1: about 10% under-priced) at every price")
    else:
        problem = f"expected {np.round(expected[:4], 4).tolist()} for the first points by predicted price"
    pytest.fail(f"{RESIDUAL}: y must be the residual log(price_usd) - log(prediction); {problem}. "
                f"Got {np.round(ys[:4], 4).tolist()}", pytrace=False)


def test_residual_chart_worked_example():
    frame = pd.DataFrame({"price_usd": [10.0, 40.0, 2.0, 300.0, 55.0], "rarity": ["Rare"] * 5},
                         index=[7, 3, 11, 0, 5])
    predicted = np.array([12.0, 20.0, 2.5, 250.0, 60.0])
    _assert_points(residual_chart(frame, predicted), frame["price_usd"].to_numpy(), predicted)


def test_residual_chart_keeps_every_sale(card_sales):
    rng = np.random.default_rng(8)
    actual = card_sales["price_usd"].to_numpy()
    predicted = actual * np.exp(rng.normal(0, 0.3, len(actual)))
    _assert_points(residual_chart(card_sales, predicted), actual, predicted)


def _zero_lines(spec: dict) -> list[str]:
    """The rule and line layers of a chart that sit at the data value y = 0."""
    found = []
    for layer in layers(spec):
        if layer.mark not in ("rule", "line"):
            continue
        y, y2 = layer.channel("y"), layer.channel("y2")
        if "datum" in y:
            at_zero = y["datum"] == 0 and (not y2 or y2.get("datum") == 0)
        elif "field" in y and layer.rows and not (layer.transformed or y.get("aggregate")):
            at_zero = all(number(row.get(y["field"])) == 0 for row in layer.rows) and not y2
        else:
            at_zero = False
        if at_zero and (layer.mark == "rule" or len(layer.rows) >= 2):
            found.append(layer.mark)
    return found


def test_residual_chart_draws_a_line_at_zero():
    frame = pd.DataFrame({"price_usd": [10.0, 40.0, 2.0]})
    spec = spec_of(residual_chart(frame, [12.0, 20.0, 2.5]), RESIDUAL)
    marks = {layer.mark: {k: layer.channel(k) for k in POSITIONS} for layer in layers(spec)}
    assert _zero_lines(spec), (
        f"{RESIDUAL}: layer a horizontal line at residual 0 over the points, e.g. "
        "alt.Chart(...).mark_rule().encode(y=alt.datum(0)); alt.value(0) and mark_rule(y=0) are pixels "
        f"(the top of the chart), not the data value 0. The chart's layers: {marks}")
    assert not y_scale_is_independent(spec), (
        f"{RESIDUAL}: the zero line must share the points' y scale (no resolve_scale(y='independent'))")


def test_residual_chart_leaves_its_input_alone():
    frame = pd.DataFrame({"price_usd": [10.0, 40.0, 2.0], "grade": pd.array([9, None, 10], dtype="Int64")},
                         index=[4, 2, 9])
    before = frame.copy(deep=True)
    residual_chart(frame, [12.0, 20.0, 2.5])
    pd.testing.assert_frame_equal(frame, before, obj=f"the input of {RESIDUAL}")


NO_LOG = {
    "no-rows": ([], []), "fewer-predictions-than-rows": ([10.0, 20.0], [10.0]),
    "predicted-price-zero": ([10.0, 20.0], [0.0, 20.0]), "actual-price-negative": ([-1.0, 20.0], [10.0, 20.0]),
    "nan-prediction": ([10.0, 20.0], [math.nan, 20.0]), "infinite-prediction": ([10.0, 20.0], [math.inf, 20.0]),
}


@pytest.mark.parametrize("case", list(NO_LOG))
def test_residual_chart_refuses_prices_without_a_log(case):
    actual, predicted = NO_LOG[case]
    with must_raise(ValueError, f"{RESIDUAL} must refuse {case.replace('-', ' ')}: price_usd={actual}, "
                    f"y_pred={predicted}"):
        residual_chart(pd.DataFrame({"price_usd": actual}, dtype=float), predicted)


def _assert_segments(chart, expected: pd.DataFrame, segment: str) -> None:
    """``expected``: one row per segment label with its median_ape and count."""
    spec = spec_of(chart, SEGMENTS)
    _, _, _, table = bar_table(spec, SEGMENTS, f"one bar per {segment}", "the median absolute percentage error")
    wanted = dict(zip(expected["segment"], expected["median_ape"]))
    assert sorted(table) == sorted(wanted), (
        f"{SEGMENTS}: one bar per {segment} value, rows without one as the segment 'missing': expected "
        f"{sorted(wanted)}, got {sorted(table)}")
    wrong = {k: round(v, 4) for k, v in table.items() if not math.isclose(v, wanted[k], rel_tol=1e-9, abs_tol=1e-12)}
    assert not wrong, (
        f"{SEGMENTS}: each bar is the segment's median absolute percentage error |price_usd - y_pred| "
        f"/ price_usd (a fraction); expected {({k: round(v, 4) for k, v in wanted.items()})}, got {wrong}")
    counts = dict(zip(expected["segment"], expected["count"].astype(float)))
    assert shows_per_category(spec, counts), (
        f"{SEGMENTS}: show how many sales each bar stands for ({counts}) as a field of the chart's "
        "data in an encoding of the bars or of a layer over the same rows (a tooltip or a text label)")


def _expected(frame: pd.DataFrame, predicted, segment: str) -> pd.DataFrame:
    keys = frame[segment].astype(object).where(frame[segment].notna(), "missing").map(str)
    ape = np.abs(frame["price_usd"].to_numpy() - np.asarray(predicted)) / frame["price_usd"].to_numpy()
    grouped = pd.Series(ape, index=keys.to_numpy()).groupby(level=0)
    return pd.DataFrame({"median_ape": grouped.median(), "count": grouped.size()}).rename_axis("segment").reset_index()


def test_segment_chart_worked_example():
    frame = pd.DataFrame({"rarity": ["Rare", "Rare", "Rare", "Common", None, "Secret Rare", "Secret Rare"],
                          "price_usd": [100.0, 50.0, 20.0, 2.0, 10.0, 3000.0, 1000.0]},
                         index=[7, 3, 11, 0, 5, 9, 1])
    before = frame.copy(deep=True)
    predicted = [60.0, 60.0, 21.0, 3.0, 4.0, 2700.0, 1100.0]
    chart = segment_error_chart(frame, predicted, "rarity")
    pd.testing.assert_frame_equal(frame, before, obj=f"the input of {SEGMENTS}")
    expected = pd.DataFrame({"segment": ["Rare", "Secret Rare", "Common", "missing"],
                             "median_ape": [0.2, 0.1, 0.5, 0.6], "count": [3, 2, 1, 1]})
    _assert_segments(chart, expected, "rarity")


def test_segment_chart_keeps_ungraded_cards(card_sales):
    cards = card_sales.astype({"grade": "Int64"})
    predicted = np.full(len(cards), cards["price_usd"].median())
    _assert_segments(segment_error_chart(cards, predicted, "grade"), _expected(cards, predicted, "grade"), "grade")


def test_segment_chart_refuses_a_length_mismatch():
    frame = pd.DataFrame({"seg": ["a", "b"], "price_usd": [1.0, 2.0]})
    with must_raise(ValueError, f"{SEGMENTS} must refuse 1 prediction for 2 rows"):
        segment_error_chart(frame, [1.0], "seg")
