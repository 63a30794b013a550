"""Kata 3.7: estimate training time from small subsamples, within 2x at four times the rows."""

from __future__ import annotations

import time

import numpy as np
import pytest
from sklearn.base import BaseEstimator, ClassifierMixin

from katas.module3_training.training_time import estimate_fit_seconds

FILE = "katas/module3_training/training_time.py"
WHERE = f"estimate_fit_seconds ({FILE})"
FIT_SIZES: list[int] = []  # rows of every fit, recorded by the model below (clones included)


class ScalingModel(ClassifierMixin, BaseEstimator):
    """A model whose fit takes overhead + seconds_at_1000 * (rows / 1000) ** power seconds.

    Its cost is known exactly and waits rather than computes, so a busy machine cannot skew it
    much: the test checks the estimating method, not the speed of this computer.
    """

    def __init__(self, overhead=0.0, seconds_at_1000=0.01, power=1.0):
        self.overhead = overhead
        self.seconds_at_1000 = seconds_at_1000
        self.power = power

    def cost(self, rows):
        return self.overhead + self.seconds_at_1000 * (rows / 1000) ** self.power

    def fit(self, X, y):
        FIT_SIZES.append(len(X))
        time.sleep(self.cost(len(X)))
        self.classes_ = np.unique(y)
        return self


def data(rows):
    return np.zeros((rows, 3)), np.arange(rows) % 2


def real_fit_seconds(model, rows):
    X, y = data(rows)
    start = time.perf_counter()
    model.fit(X, y)
    return time.perf_counter() - start


CASES = {
    "linear with a fixed overhead": ScalingModel(overhead=0.002, seconds_at_1000=0.04, power=1.0),
    "quadratic, like pairwise kernels": ScalingModel(seconds_at_1000=0.0625, power=2.0),
    "n log n-ish": ScalingModel(overhead=0.001, seconds_at_1000=0.03, power=1.3),
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("case", sorted(CASES))
def test_estimate_is_within_twice_the_real_time_at_four_times_the_rows(case):
    model = CASES[case]
    target = 4000
    X, y = data(target)  # the subsamples come from here; the real run uses all of it
    FIT_SIZES.clear()
    estimate = estimate_fit_seconds(model, X, y, target_rows=target, seed=0)
    sizes = list(FIT_SIZES)
    actual = real_fit_seconds(model, target)
    assert sizes, f"{WHERE} never fitted the model: time fits on small subsamples"
    assert max(sizes) <= target // 4, (
        f"{WHERE} fitted on {max(sizes)} rows; estimate from subsamples of at most a quarter of the "
        f"target ({target // 4} rows), so the estimate costs a fraction of the real run")
    assert len(set(sizes)) >= 2, (
        f"{WHERE} fitted on one sample size only ({sizes[0]} rows): you need at least two sizes to "
        "see how the time grows")
    assert actual / 2 <= estimate <= actual * 2, (
        f"{WHERE} estimated {estimate:.3f} s for {target} rows of a model that is {case}; fitting it "
        f"took {actual:.3f} s. Fit a power law through (rows, seconds) on log-log axes instead of "
        "assuming the time grows in step with the rows")


def test_estimate_is_a_positive_number_of_seconds():
    X, y = data(400)
    FIT_SIZES.clear()
    estimate = estimate_fit_seconds(ScalingModel(seconds_at_1000=0.01), X, y, target_rows=1600)
    assert isinstance(estimate, float) and estimate > 0, f"{WHERE} must return seconds as a positive float"


def test_too_few_rows_are_an_error():
    X, y = data(100)
    with pytest.raises(ValueError):
        estimate_fit_seconds(ScalingModel(), X, y, target_rows=1000)  # a quarter is 250 > 100 rows
    with pytest.raises(ValueError):
        estimate_fit_seconds(ScalingModel(), X, y, target_rows=20)  # a quarter is 5 rows
