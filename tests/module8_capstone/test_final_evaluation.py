"""Kata 8.9: the model is chosen on validation by log-MAE, the test set is read once, validation and
test are reported side by side.

Rules (final_evaluation):
1. the test set is read exactly once, after every candidate is scored on validation:
   ``test_test_set_is_read_exactly_once``, ``test_test_set_is_opened_after_the_choice``
2. the choice is made on validation log-MAE, never on test, nor on dollars: ``test_model_is_chosen_on_validation``,
   ``test_model_is_chosen_on_log_mae_not_dollars``
3. log-MAE and dollar MAE on validation and test, the baseline's on test, improvement and gap as
   defined: ``test_reported_numbers_compare_validation_test_and_baseline``

Rules (fit_final_model):
4. the rows handed to it are not modified: ``test_final_model_does_not_modify_its_training_rows``;
   every one of them is learned from: ``test_final_model_learns_from_every_sale_of_its_history``
5. its quality on hidden later sales: test_final_quality.py (and the quality tests of phases 4 and 5).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kata_framework.tripwire import Tripwire
from katas.module8_capstone.final_evaluation import final_evaluation

WHERE = "katas/module8_capstone/final_evaluation.py"
TARGET = "price_usd"


class LookupModel:
    """A stand-in model: prices a card at ``factor`` times its real price, ``exact`` times for chosen ids."""

    def __init__(self, prices: pd.Series, close_ids: set[int], exact: float, factor: float):
        self.prices, self.close_ids, self.exact, self.factor = prices, close_ids, exact, factor

    def predict(self, rows: pd.DataFrame) -> np.ndarray:
        assert TARGET not in rows.columns, "the model was handed the price it must predict"
        real = self.prices.loc[rows["sale_id"]].to_numpy()
        close = rows["sale_id"].isin(self.close_ids).to_numpy()
        return np.where(close, self.exact * real, self.factor * real)


def _public_split(cards: pd.DataFrame):
    n = len(cards)
    return cards.iloc[: int(n * 0.7)], cards.iloc[int(n * 0.7): int(n * 0.85)], cards.iloc[int(n * 0.85):]


@pytest.fixture
def setting(card_sales):
    cards = card_sales.astype({"grade": "Int64"})
    train, val, test = _public_split(cards)
    prices = cards.set_index("sale_id")[TARGET]
    candidates = {
        # good on validation (10% off), poor on test (100% off): the honest choice
        "steady": LookupModel(prices, set(val["sale_id"]), exact=1.1, factor=2.0),
        # poor on validation (50% off), perfect on test: only a peek at the test set would choose it
        "lucky": LookupModel(prices, set(test["sale_id"]), exact=1.0, factor=1.5),
    }
    return {"train": train, "val": val, "test": test, "candidates": candidates,
            "baseline": float(train[TARGET].median())}


def test_test_set_is_read_exactly_once(setting):
    wire = Tripwire(setting["test"].copy(), "the test set")
    final_evaluation(setting["candidates"], setting["val"], wire, setting["baseline"])
    assert len(wire.reads) == 1, (
        f"final_evaluation ({WHERE}) read the test set {len(wire.reads)} times ({wire.reads}): "
        "choose on validation first, then open it once: with test.disarmed(): rows = test.unwrap()")


class OrderSpy:
    """Wraps a model; records, for each prediction on validation rows, how often the test set had been read."""

    def __init__(self, model, val_ids: set[int], wire: Tripwire):
        self.model, self.val_ids, self.wire, self.reads_at_val_predictions = model, val_ids, wire, []

    def predict(self, rows: pd.DataFrame) -> np.ndarray:
        if set(rows["sale_id"]) <= self.val_ids:
            self.reads_at_val_predictions.append(len(self.wire.reads))
        return self.model.predict(rows)


def test_test_set_is_opened_after_the_choice(setting):
    wire = Tripwire(setting["test"].copy(), "the test set")
    val_ids = set(setting["val"]["sale_id"])
    spies = {name: OrderSpy(model, val_ids, wire) for name, model in setting["candidates"].items()}
    final_evaluation(spies, setting["val"], wire, setting["baseline"])
    late = sorted(name for name, spy in spies.items() if 0 not in spy.reads_at_val_predictions)
    assert not late, (
        f"final_evaluation ({WHERE}) opened the test set before scoring {late} on validation: "
        "choose first (every candidate's validation log-MAE), then open the test set once")


def test_model_is_chosen_on_validation(setting):
    result = final_evaluation(setting["candidates"], setting["val"], Tripwire(setting["test"].copy()),
                              setting["baseline"])
    assert result["model"] == "steady", (
        f"final_evaluation ({WHERE}) chose {result['model']!r}, the model that looks best on the "
        "test set; the choice must be made on validation ('steady')")


def test_model_is_chosen_on_log_mae_not_dollars(setting):
    val = setting["val"]
    prices = pd.concat([setting["train"], val, setting["test"]]).set_index("sale_id")[TARGET]
    expensive = set(val.loc[val[TARGET] >= val[TARGET].quantile(0.8), "sale_id"])
    candidates = {
        "steady": setting["candidates"]["steady"],  # 10% off on every validation card: log-MAE 0.095
        # exact on the dearest fifth of validation, 20% off on the rest: log-MAE 0.146, but the
        # smaller dollar MAE, since the dear cards carry most of the dollars
        "dear_cards_exact": LookupModel(prices, expensive, exact=1.0, factor=1.2),
    }
    result = final_evaluation(candidates, val, Tripwire(setting["test"].copy()), setting["baseline"])
    assert result["model"] == "steady", (
        f"final_evaluation ({WHERE}) chose {result['model']!r}, the model with the smaller validation "
        "dollar MAE; choose on validation log-MAE, the selection metric ('steady': 0.095 against 0.146)")


def test_reported_numbers_compare_validation_test_and_baseline(setting):
    val, test, baseline = setting["val"], setting["test"], setting["baseline"]
    result = final_evaluation(setting["candidates"], val, Tripwire(test.copy()), baseline)
    expected = {
        "val_log_mae": np.log(1.1), "test_log_mae": np.log(2.0),
        "val_mae": 0.1 * val[TARGET].mean(), "test_mae": test[TARGET].mean(),
        "baseline_test_mae": float(np.mean(np.abs(test[TARGET] - baseline))),
        "baseline_test_log_mae": float(np.mean(np.abs(np.log(test[TARGET]) - np.log(baseline)))),
    }
    expected["improvement"] = 1 - expected["test_log_mae"] / expected["baseline_test_log_mae"]
    expected["val_test_gap"] = (expected["test_log_mae"] - expected["val_log_mae"]) / expected["val_log_mae"]
    for key, value in expected.items():
        assert result.get(key) == pytest.approx(value, rel=1e-6), (
            f"final_evaluation ({WHERE}): {key} = {result.get(key)}, expected {value:.4f} (the chosen "
            "model 'steady' is 10% off on validation and 100% off on test)")


def test_final_model_does_not_modify_its_training_rows(hidden_sales):
    if isinstance(hidden_sales.problem, NotImplementedError):
        hidden_sales.raise_problem()
    pd.testing.assert_frame_equal(hidden_sales.history, hidden_sales.before,
                                  obj=f"the rows given to fit_final_model ({WHERE})")


def test_final_model_learns_from_every_sale_of_its_history(hidden_sales):
    if hidden_sales.problem is not None:
        hidden_sales.raise_problem()
    from katas.module8_capstone.final_evaluation import fit_final_model

    history = hidden_sales.before.copy(deep=True)
    older = history["sale_date"] < history["sale_date"].quantile(0.5)
    history.loc[older, TARGET] = history.loc[older, TARGET] * 3  # the older half of the sales, dearer
    rows = hidden_sales.hidden.drop(columns=TARGET).head(200)
    again = np.asarray(fit_final_model(history).predict(rows), dtype=float).ravel()
    assert not np.allclose(again, hidden_sales.predicted[:200], rtol=1e-6), (
        f"fit_final_model ({WHERE}): tripling the prices of the older half of the history changed no "
        "prediction: the model must be fitted on every sale it is given (train and validation "
        "together), not on the most recent ones only")
