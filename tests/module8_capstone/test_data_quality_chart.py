"""Kata 8.2, drawn: the data-quality chart shows the share missing in every column.

The chart is read from its Vega-Lite specification (``chart.to_dict()``): the bar layer, the
field and type on each axis, and its rows. Titles, colours, order, orientation, column names,
tooltips, inline data or named datasets are free.

Rules (missing_values_chart):
1. bars, one per column of the frame, those with nothing missing included, the column name
   nominal or ordinal, one row per bar, no Altair aggregate:
   ``test_missing_values_chart_worked_example``, ``test_missing_values_chart_on_the_card_data``
2. the share of rows missing (NaN, None, NaT, pd.NA; an empty string is not missing), a fraction
   from 0 to 1:
   ``test_missing_values_chart_worked_example``, ``test_missing_values_chart_on_the_card_data``
3. the input is not modified: ``test_missing_values_chart_worked_example``
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from katas.module8_capstone.data_pipeline import missing_values_chart

from .charts import bar_table, spec_of

WHERE = "katas/module8_capstone/data_pipeline.py"
CHART = f"missing_values_chart ({WHERE})"


def _assert_shares(chart, expected: dict[str, float]) -> None:
    spec = spec_of(chart, CHART)
    _, _, _, table = bar_table(spec, CHART, "one bar per column", "the share missing")
    assert sorted(table) == sorted(expected), (
        f"{CHART}: one bar for every column of the frame, a column with nothing missing included "
        f"(a bar of 0); expected {sorted(expected)}, got {sorted(table)}")
    wrong = {k: v for k, v in table.items() if not math.isclose(v, expected[k], abs_tol=1e-12)}
    assert not wrong, (
        f"{CHART}: each bar is the share of the column's rows that are missing (isna: NaN, None, NaT, "
        f"pd.NA), a fraction from 0 to 1; expected {({k: round(v, 4) for k, v in expected.items()})}, "
        f"got {({k: round(v, 4) for k, v in wrong.items()})}")


def test_missing_values_chart_worked_example():
    frame = pd.DataFrame({
        "price_usd": [1.0, np.nan, 3.0, 4.0],
        "set_name": ["Jungle", None, None, ""],  # an empty string is a value, not a missing one
        "sale_date": pd.to_datetime(["2024-01-02", None, "2024-01-04", "2024-01-05"]),
        "grade": pd.array([9, None, None, None], dtype="Int64"),
        "is_holo": [True, False, True, True],
        "notes": [None, None, None, None],
    }, index=[10, 3, 7, 1])
    before = frame.copy(deep=True)
    chart = missing_values_chart(frame)
    pd.testing.assert_frame_equal(frame, before, obj=f"the input of {CHART}")
    _assert_shares(chart, {"price_usd": 0.25, "set_name": 0.5, "sale_date": 0.25, "grade": 0.75,
                           "is_holo": 0.0, "notes": 1.0})


def test_missing_values_chart_on_the_card_data(card_sales):
    cards = card_sales.astype({"grade": "Int64"})
    expected = {column: 0.0 for column in cards.columns}
    expected["grade"] = float(cards["grade"].isna().sum()) / len(cards)
    _assert_shares(missing_values_chart(cards), expected)
