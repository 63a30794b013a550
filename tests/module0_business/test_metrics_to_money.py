"""Kata 0.3: precision and recall become an expected confusion matrix, then money per month."""

from __future__ import annotations

import math

import pytest

from katas.module0_business.metrics_to_money import (
    BusinessCase,
    ExpectedCounts,
    expected_counts,
    expected_monthly_value,
    value_of_improvement,
)

WHERE = "katas/module0_business/metrics_to_money.py"

FRAUD = BusinessCase(monthly_volume=10_000, prevalence=0.02, value_true_positive=300,
                     cost_false_positive=20, cost_false_negative=100)
# A churn campaign: 50,000 customers, 10% would leave; saving one is worth 120, a needless
# discount costs 15, a lost customer costs 0 beyond the value we failed to save.
CHURN = BusinessCase(monthly_volume=50_000, prevalence=0.10, value_true_positive=120,
                     cost_false_positive=15, cost_false_negative=0)

def _possible(case: BusinessCase, precision: float, recall: float) -> bool:
    positives = case.monthly_volume * case.prevalence
    false_positives = recall * positives * (1 - precision) / precision
    return false_positives <= (case.monthly_volume - positives) * 0.999


# A grid of cases and metrics, walked exhaustively: rare and common positives, free and costly
# mistakes, tiny and large volumes, and the extremes recall 0 and precision 1.
CASES = [
    BusinessCase(volume, prevalence, value_tp, cost_fp, cost_fn)
    for volume in (0, 1, 997, 250_000)
    for prevalence in (0.0, 0.001, 0.08, 0.5, 1.0)
    for value_tp, cost_fp, cost_fn in ((300, 20, 100), (0, 0, 0), (5, 400, 0), (120, 15, 2_000))
]
PRECISIONS = (0.05, 0.2, 0.5, 0.75, 0.9, 1.0)
RECALLS = (0.0, 0.1, 0.5, 0.8, 0.95, 1.0)
GRID = [(case, precision, recall) for case in CASES for precision in PRECISIONS for recall in RECALLS
        if _possible(case, precision, recall)]


def _counts(case, precision, recall) -> tuple[float, float, float, float]:
    counts = expected_counts(case, precision, recall)
    assert isinstance(counts, ExpectedCounts), f"expected_counts ({WHERE}) must return ExpectedCounts, got {counts!r}"
    return (counts.true_positives, counts.false_positives, counts.false_negatives, counts.true_negatives)


@pytest.mark.parametrize(("case", "precision", "recall", "expected"), [
    (FRAUD, 0.5, 0.8, (160, 160, 40, 9_640)),
    (FRAUD, 0.8, 0.5, (100, 25, 100, 9_775)),
    (CHURN, 0.25, 0.6, (3_000, 9_000, 2_000, 36_000)),
], ids=["fraud-p50-r80", "fraud-p80-r50", "churn-p25-r60"])
def test_expected_confusion_matrix_of_worked_examples(case, precision, recall, expected):
    got = _counts(case, precision, recall)
    assert got == pytest.approx(expected), (
        f"expected_counts ({WHERE}) for precision {precision}, recall {recall} on {case} gave "
        f"(TP, FP, FN, TN) = {got}, expected {expected}. Positives = volume * prevalence; "
        "TP = recall * positives; FP follows from precision = TP / (TP + FP)")


@pytest.mark.parametrize(("case", "precision", "recall", "expected"), [
    (FRAUD, 0.5, 0.8, 160 * 300 - 160 * 20 - 40 * 100),
    (FRAUD, 0.8, 0.5, 100 * 300 - 25 * 20 - 100 * 100),
    (CHURN, 0.25, 0.6, 3_000 * 120 - 9_000 * 15),
], ids=["fraud-p50-r80", "fraud-p80-r50", "churn-p25-r60"])
def test_expected_monthly_value_of_worked_examples(case, precision, recall, expected):
    got = expected_monthly_value(case, precision, recall)
    assert got == pytest.approx(expected), (
        f"expected_monthly_value ({WHERE}) gave {got} for precision {precision}, recall {recall}, "
        f"expected {expected}: TP * value - FP * cost of a false alarm - FN * cost of a miss")


def test_value_of_a_metric_change_in_money():
    assert value_of_improvement(FRAUD, (0.5, 0.8), (0.5, 0.85)) == pytest.approx(3_800), (
        f"value_of_improvement ({WHERE}): 5 points of recall catch 10 more frauds (+3000, -200 in "
        "false alarms, +1000 fewer misses)")
    assert value_of_improvement(FRAUD, (0.5, 0.8), (0.8, 0.8)) == pytest.approx(120 * 20), (
        f"value_of_improvement ({WHERE}): precision 0.5 -> 0.8 at recall 0.8 removes 120 false alarms")


@pytest.mark.parametrize(("precision", "recall"), [(0.0, 0.5), (1.2, 0.5), (0.5, -0.1), (0.5, 1.1)])
def test_metrics_outside_their_range_raise_value_error(precision, recall):
    with pytest.raises(ValueError):
        expected_counts(FRAUD, precision, recall)


def test_impossible_metrics_for_the_volume_raise_value_error():
    rare = BusinessCase(monthly_volume=1_000, prevalence=0.5, value_true_positive=1,
                        cost_false_positive=1, cost_false_negative=1)
    with pytest.raises(ValueError):  # 500 TP at precision 0.1 means 4500 FP, but only 500 negatives
        expected_counts(rare, 0.1, 1.0)


def test_counts_reproduce_volume_precision_and_recall():
    for case, precision, recall in GRID:
        tp, fp, fn, tn = _counts(case, precision, recall)
        positives = case.monthly_volume * case.prevalence
        where = f"expected_counts ({WHERE}) for {case}, precision {precision}, recall {recall}"
        assert min(tp, fp, fn, tn) >= -1e-6, f"{where} gave a negative count: {(tp, fp, fn, tn)}"
        assert tp + fp + fn + tn == pytest.approx(case.monthly_volume, abs=1e-6), (
            f"{where}: the four counts must add up to the monthly volume")
        assert tp + fn == pytest.approx(positives, abs=1e-6), f"{where}: TP + FN must be the positives"
        if tp > 0:
            assert tp / (tp + fp) == pytest.approx(precision), f"{where}: TP / (TP + FP) must be the precision"
        if positives > 0:
            assert tp / positives == pytest.approx(recall), f"{where}: TP / positives must be the recall"


def test_value_is_the_confusion_matrix_priced():
    for case, precision, recall in GRID:
        tp, fp, fn, _ = _counts(case, precision, recall)
        expected = tp * case.value_true_positive - fp * case.cost_false_positive - fn * case.cost_false_negative
        got = expected_monthly_value(case, precision, recall)
        assert math.isfinite(got) and got == pytest.approx(expected, rel=1e-9, abs=1e-6), (
            f"expected_monthly_value ({WHERE}) = {got} for {case}, precision {precision}, recall "
            f"{recall}, but the expected confusion matrix priced with the unit values gives {expected}")


def test_higher_precision_at_the_same_recall_is_never_worth_less():
    for case, low, recall in GRID:
        for high in [p for p in PRECISIONS if p > low]:
            change = value_of_improvement(case, (low, recall), (high, recall))
            assert change >= -1e-6, (
                f"value_of_improvement ({WHERE}) says raising precision from {low} to {high} at "
                f"recall {recall} loses {-change:.2f} on {case}: fewer false alarms can only save money")
            back = value_of_improvement(case, (high, recall), (low, recall))
            assert back == pytest.approx(-change, abs=1e-6), (
                f"value_of_improvement ({WHERE}): going back from after to before must be worth "
                f"exactly minus the change ({back} vs {-change})")
