"""Kata 0.3: recall and false-positive rate become an expected confusion matrix, then money.

Rules of the docstrings, each with the test that enforces it:

1. positives = volume * prevalence; TP = recall * positives; FP = false_positive_rate *
   negatives (not of the whole volume); the four counts add up to the volume:
   test_expected_confusion_matrix_of_worked_examples, test_counts_reproduce_volume_and_rates.
2. Precision = TP / (TP + FP) at the case's prevalence, None when nothing is flagged; the same
   model's precision changes with prevalence: test_precision_of_worked_examples,
   test_precision_does_not_transfer_across_prevalence, test_precision_is_undefined_when_nothing_is_flagged;
   flags that are all false alarms are a precision of 0, not undefined:
   test_precision_of_worked_examples[only-false-alarms].
3. Value against the status quo: TP * loss_per_positive - (TP + FP) * cost_per_flag; misses
   are not charged again; the status quo is worth 0: test_expected_monthly_value_of_worked_examples,
   test_value_is_the_confusion_matrix_priced_against_the_status_quo, test_the_status_quo_is_worth_nothing_extra.
4. value_of_improvement = value(after) - value(before); from the status quo it is the model's
   value: test_value_of_a_rate_change_in_money, test_an_improvement_is_the_difference_of_two_values.
5. ValueError for a rate or a prevalence outside [0, 1] (NaN included) or a negative volume, in every function
   (either pair of value_of_improvement): test_rates_outside_their_range_raise_value_error,
   test_every_function_refuses_impossible_rates.
"""

from __future__ import annotations

import math

import pytest

from kata_framework.expect import must_raise
from katas.module0_business.metrics_to_money import (
    BusinessCase,
    ExpectedCounts,
    expected_counts,
    expected_monthly_value,
    expected_precision,
    value_of_improvement,
)

FILE = "katas/module0_business/metrics_to_money.py"

# Fraud review: 10,000 orders, 2% fraud; a fraud that goes through costs 300; reviewing a
# flagged order costs 20.
FRAUD = BusinessCase(monthly_volume=10_000, prevalence=0.02, loss_per_positive=300, cost_per_flag=20)
# A churn campaign: 50,000 customers, 10% would leave; keeping one is worth 120, a retention
# offer costs 15 whoever gets it.
CHURN = BusinessCase(monthly_volume=50_000, prevalence=0.10, loss_per_positive=120, cost_per_flag=15)

# A grid of cases and rates, walked exhaustively: rare and common positives, free and costly
# flags, tiny and large volumes, and the extremes 0 and 1.
CASES = [
    BusinessCase(volume, prevalence, loss, cost)
    for volume in (0, 1, 997, 250_000)
    for prevalence in (0.0, 0.001, 0.08, 0.5, 1.0)
    for loss, cost in ((300, 20), (0, 0), (5, 400), (2_000, 15))
]
RECALLS = (0.0, 0.1, 0.5, 0.8, 0.95, 1.0)
FPRS = (0.0, 0.001, 0.05, 0.3, 1.0)
GRID = [(case, recall, fpr) for case in CASES for recall in RECALLS for fpr in FPRS]


def _counts(case, recall, fpr) -> tuple[float, float, float, float]:
    counts = expected_counts(case, recall, fpr)
    assert isinstance(counts, ExpectedCounts), f"expected_counts ({FILE}) must return ExpectedCounts, got {counts!r}"
    return (counts.true_positives, counts.false_positives, counts.false_negatives, counts.true_negatives)


@pytest.mark.parametrize(("case", "recall", "fpr", "expected"), [
    (FRAUD, 0.8, 0.02, (160, 196, 40, 9_604)),
    (FRAUD, 0.5, 0.005, (100, 49, 100, 9_751)),
    (CHURN, 0.6, 0.2, (3_000, 9_000, 2_000, 36_000)),
], ids=["fraud-r80-fpr2", "fraud-r50-fpr0.5", "churn-r60-fpr20"])
def test_expected_confusion_matrix_of_worked_examples(case, recall, fpr, expected):
    got = _counts(case, recall, fpr)
    assert got == pytest.approx(expected), (
        f"expected_counts ({FILE}) for recall {recall}, false-positive rate {fpr} on {case} gave "
        f"(TP, FP, FN, TN) = {got}, expected {expected}. Positives = volume * prevalence; "
        "TP = recall * positives; FP = false_positive_rate * negatives (a share of the negatives)")


def test_counts_reproduce_volume_and_rates():
    for case, recall, fpr in GRID:
        tp, fp, fn, tn = _counts(case, recall, fpr)
        positives = case.monthly_volume * case.prevalence
        negatives = case.monthly_volume - positives
        where = f"expected_counts ({FILE}) for {case}, recall {recall}, false-positive rate {fpr}"
        assert min(tp, fp, fn, tn) >= -1e-6, f"{where} gave a negative count: {(tp, fp, fn, tn)}"
        assert tp + fp + fn + tn == pytest.approx(case.monthly_volume, abs=1e-6), (
            f"{where}: the four counts must add up to the monthly volume")
        assert tp + fn == pytest.approx(positives, abs=1e-6), f"{where}: TP + FN must be the positives"
        if positives > 0:
            assert tp / positives == pytest.approx(recall), f"{where}: TP / positives must be the recall"
        if negatives > 0:
            assert fp / negatives == pytest.approx(fpr), (
                f"{where}: FP / negatives must be the false-positive rate")


@pytest.mark.parametrize(("case", "recall", "fpr", "expected"), [
    (FRAUD, 0.8, 0.02, 160 / 356),
    (BusinessCase(10_000, 0.01, 300, 20), 0.8, 0.02, 80 / 278),
    (CHURN, 0.6, 0.2, 0.25),
    (BusinessCase(100, 0.01, 300, 20), 0.5, 0.0, 1.0),
    (FRAUD, 0.0, 0.02, 0.0),
], ids=["fraud-2%", "fraud-1%", "churn", "half-a-flag-expected", "only-false-alarms"])
def test_precision_of_worked_examples(case, recall, fpr, expected):
    got = expected_precision(case, recall, fpr)
    assert got is not None and got == pytest.approx(expected), (
        f"expected_precision ({FILE}) = {got} for recall {recall}, false-positive rate {fpr} at "
        f"prevalence {case.prevalence}; expected TP / (TP + FP) = {expected:.4f}")


def test_precision_does_not_transfer_across_prevalence():
    model = (0.8, 0.02)
    by_prevalence = {p: expected_precision(BusinessCase(10_000, p, 300, 20), *model)
                     for p in (0.5, 0.1, 0.02, 0.005)}
    values = list(by_prevalence.values())
    assert all(v is not None for v in values) and all(a > b for a, b in zip(values, values[1:])), (
        f"expected_precision ({FILE}) gave {by_prevalence} for one model (recall 0.8, "
        "false-positive rate 0.02) at falling prevalence: the same model flags the same share of "
        "negatives, so as positives get rarer a larger share of its flags are false alarms")


def test_precision_is_undefined_when_nothing_is_flagged():
    for case, recall, fpr in [(FRAUD, 0.0, 0.0), (BusinessCase(0, 0.1, 1, 1), 0.8, 0.1),
                              (BusinessCase(100, 0.0, 1, 1), 0.9, 0.0)]:
        got = expected_precision(case, recall, fpr)
        assert got is None, (
            f"expected_precision ({FILE}) = {got!r} for {case} at recall {recall}, false-positive "
            f"rate {fpr}: the model flags nothing, so precision is undefined: return None")
    assert expected_precision(BusinessCase(100, 1.0, 1, 1), 0.5, 0.3) == pytest.approx(1.0), (
        f"expected_precision ({FILE}): with only positives, every flag is right (precision 1)")


@pytest.mark.parametrize(("case", "recall", "fpr", "expected"), [
    (FRAUD, 0.8, 0.02, 160 * 300 - (160 + 196) * 20),
    (FRAUD, 0.5, 0.005, 100 * 300 - (100 + 49) * 20),
    (CHURN, 0.6, 0.2, 3_000 * 120 - 12_000 * 15),
], ids=["fraud-r80-fpr2", "fraud-r50-fpr0.5", "churn-r60-fpr20"])
def test_expected_monthly_value_of_worked_examples(case, recall, fpr, expected):
    got = expected_monthly_value(case, recall, fpr)
    assert got == pytest.approx(expected), (
        f"expected_monthly_value ({FILE}) gave {got} for recall {recall}, false-positive rate "
        f"{fpr}, expected {expected}: against the status quo (nothing flagged) a catch saves its "
        "loss, every flag costs a review, and a miss costs nothing MORE than it does today")


def test_the_status_quo_is_worth_nothing_extra():
    for case in CASES:
        got = expected_monthly_value(case, 0.0, 0.0)
        assert got == pytest.approx(0.0, abs=1e-9), (
            f"expected_monthly_value ({FILE}) = {got} for a model that flags nothing on {case}: "
            "that IS the status quo, so it adds exactly 0. Do not charge the misses: their loss "
            "happens with or without the model")


def test_value_is_the_confusion_matrix_priced_against_the_status_quo():
    for case, recall, fpr in GRID:
        positives = case.monthly_volume * case.prevalence
        tp, fp = recall * positives, fpr * (case.monthly_volume - positives)
        expected = tp * case.loss_per_positive - (tp + fp) * case.cost_per_flag
        got = expected_monthly_value(case, recall, fpr)
        assert math.isfinite(got) and got == pytest.approx(expected, rel=1e-9, abs=1e-6), (
            f"expected_monthly_value ({FILE}) = {got} for {case}, recall {recall}, false-positive "
            f"rate {fpr}; TP * loss - (TP + FP) * cost per flag gives {expected}")


def test_value_of_a_rate_change_in_money():
    got = value_of_improvement(FRAUD, (0.8, 0.02), (0.85, 0.02))
    assert got == pytest.approx(10 * 300 - 10 * 20), (
        f"value_of_improvement ({FILE}) = {got}: 5 points of recall catch 10 more frauds "
        "(+3,000 saved, -200 in reviews)")
    got = value_of_improvement(FRAUD, (0.8, 0.02), (0.8, 0.01))
    assert got == pytest.approx(98 * 20), (
        f"value_of_improvement ({FILE}) = {got}: halving the false-positive rate from 2% to 1% of "
        "9,800 negatives saves 98 reviews of 20")


def test_an_improvement_is_the_difference_of_two_values():
    for case, recall, fpr in GRID[::7]:
        for before in [(0.0, 0.0), (0.5, 0.05)]:
            change = value_of_improvement(case, before, (recall, fpr))
            expected = expected_monthly_value(case, recall, fpr) - expected_monthly_value(case, *before)
            assert change == pytest.approx(expected, rel=1e-9, abs=1e-6), (
                f"value_of_improvement ({FILE}) = {change} from {before} to {(recall, fpr)} on "
                f"{case}; expected value(after) - value(before) = {expected}")


INVALID = {
    "recall-negative": (FRAUD, -0.1, 0.02, "a recall of -0.1"),
    "recall-above-1": (FRAUD, 1.1, 0.02, "a recall of 1.1"),
    "fpr-negative": (FRAUD, 0.8, -0.01, "a false-positive rate of -0.01"),
    "fpr-above-1": (FRAUD, 0.8, 1.5, "a false-positive rate of 1.5"),
    "prevalence-above-1": (BusinessCase(1_000, 1.2, 1, 1), 0.8, 0.1, "a prevalence of 1.2"),
    "prevalence-negative": (BusinessCase(1_000, -0.1, 1, 1), 0.8, 0.1, "a prevalence of -0.1"),
    "recall-nan": (FRAUD, math.nan, 0.02, "a recall of NaN (not a number, so not in [0, 1])"),
    "fpr-nan": (FRAUD, 0.8, math.nan, "a false-positive rate of NaN (not a number, so not in [0, 1])"),
    "prevalence-nan": (BusinessCase(1_000, math.nan, 1, 1), 0.8, 0.1, "a prevalence of NaN"),
    "negative-volume": (BusinessCase(-5, 0.1, 1, 1), 0.8, 0.1, "a negative monthly volume"),
}


@pytest.mark.parametrize("case", INVALID.values(), ids=INVALID.keys())
def test_rates_outside_their_range_raise_value_error(case):
    business, recall, fpr, what = case
    with must_raise(ValueError, f"expected_counts ({FILE}) must refuse {what}"):
        expected_counts(business, recall, fpr)


OTHER_FUNCTIONS = {
    "expected_precision-recall-above-1": (lambda: expected_precision(FRAUD, 1.1, 0.02), "expected_precision",
                                          "a recall of 1.1"),
    "expected_monthly_value-fpr-negative": (lambda: expected_monthly_value(FRAUD, 0.8, -0.01),
                                            "expected_monthly_value", "a false-positive rate of -0.01"),
    "value_of_improvement-bad-before": (lambda: value_of_improvement(FRAUD, (1.5, 0.0), (0.8, 0.02)),
                                        "value_of_improvement", "a 'before' recall of 1.5"),
    "value_of_improvement-bad-after": (lambda: value_of_improvement(FRAUD, (0.8, 0.02), (0.8, 2.0)),
                                       "value_of_improvement", "an 'after' false-positive rate of 2.0"),
}


@pytest.mark.parametrize("case", OTHER_FUNCTIONS.values(), ids=OTHER_FUNCTIONS.keys())
def test_every_function_refuses_impossible_rates(case):
    call, function, what = case
    with must_raise(ValueError, f"{function} ({FILE}) must refuse {what}, as expected_counts does"):
        call()
