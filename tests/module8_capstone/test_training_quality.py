"""Kata 8.4, model quality (10 of the phase's 15 rubric points): the model you train beats the
median baseline and a plain linear model on hidden later sales.

The model judged is the one ``fit_final_model`` (kata 8.9) fits on every public sale before the
test cut; the hidden sales are a fresh sample of the same market after that cut (seed
``CAPSTONE_HIDDEN_SEED``). The metric is the one the capstone selects on: the mean absolute
error of log prices (log-MAE, a relative error). Each test is one rung of the ladder:

1. log-MAE at most 33% of the median baseline's: ``test_model_is_three_times_better_than_the_median_price``
2. log-MAE at least 10% below the plain linear model's: ``test_model_beats_a_plain_linear_model``
3. log-MAE at least 20% below the plain linear model's: ``test_model_clearly_beats_a_plain_linear_model``

The thresholds hold for the worked solution with a margin on hidden seeds 1, 2, 3 and 2718.
"""

from __future__ import annotations

from .conftest import HIDDEN_SEED, log_mae

WHERE = "katas/module8_capstone/final_evaluation.py (fit_final_model, tuned in training.py)"


def _ratio(hidden_sales, yardstick) -> tuple[float, float]:
    model = log_mae(hidden_sales.actual, hidden_sales.model("8.4"))
    return model, log_mae(hidden_sales.actual, yardstick)


def test_model_is_three_times_better_than_the_median_price(hidden_sales):
    model, median = _ratio(hidden_sales, hidden_sales.median)
    assert model <= 0.33 * median, (
        f"model quality, kata 8.4 ({WHERE}): on {len(hidden_sales.actual)} hidden later sales (seed "
        f"{HIDDEN_SEED}) the log-MAE is {model:.3f}, the median price's {median:.3f}; it must be at "
        "most 33% of it. Compare candidates on validation and tune the winner")


def test_model_beats_a_plain_linear_model(hidden_sales):
    model, plain = _ratio(hidden_sales, hidden_sales.plain)
    assert model <= 0.9 * plain, (
        f"model quality, kata 8.4 ({WHERE}): log-MAE {model:.3f} on hidden later sales, a plain "
        f"Ridge on log prices over the raw columns gets {plain:.3f}; beat it by 10% or more. "
        "Engineered features (card age, the market trend, gem mint) are what it lacks")


def test_model_clearly_beats_a_plain_linear_model(hidden_sales):
    model, plain = _ratio(hidden_sales, hidden_sales.plain)
    assert model <= 0.8 * plain, (
        f"model quality, kata 8.4 ({WHERE}): log-MAE {model:.3f} on hidden later sales, the plain "
        f"linear model's {plain:.3f}; the top rung is 20% below it. Does your model follow the "
        "market's growth into the future (a trend feature, or detrended prices for trees)?")
