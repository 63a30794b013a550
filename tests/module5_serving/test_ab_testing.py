"""Kata 5.4: stable, balanced variant assignment; sample size per arm; the two-proportion test."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.stats import chi2_contingency, norm

from kata_framework.strategies import unicode_names
from katas.module5_serving.ab_testing import (
    assign_variant, sample_size_per_arm, two_proportion_z_test,
)

WHERE = "katas/module5_serving/ab_testing.py"
USERS = [f"user-{i}" for i in range(10_000)]


def treatment_share(experiment: str, share: float = 0.5) -> float:
    return float(np.mean([assign_variant(u, experiment, share) == "treatment" for u in USERS]))


@given(user_id=unicode_names, experiment=st.text(max_size=10))
def test_assignment_is_stable_and_a_known_variant(user_id, experiment):
    first = assign_variant(user_id, experiment)
    assert first in ("control", "treatment"), f"assign_variant ({WHERE}) returned {first!r}"
    assert all(assign_variant(user_id, experiment) == first for _ in range(3)), (
        f"assign_variant ({WHERE}) gave {user_id!r} different variants on repeated calls: derive "
        "the variant from a stable hash of the id (hashlib), not from random or a counter")


@pytest.mark.parametrize("share", [0.5, 0.2, 0.9])
def test_the_split_matches_the_treatment_share(share):
    observed = treatment_share("new-model", share)
    # 10 000 users: one standard deviation of the share is at most 0.005; allow four.
    assert abs(observed - share) <= 0.02, (
        f"assign_variant ({WHERE}) put {observed:.1%} of 10 000 users in treatment; expected "
        f"{share:.0%} within 2 points. Map the hash to a uniform number in [0, 1) and compare it "
        "with treatment_share")


def test_shares_of_zero_and_one_are_all_or_nothing():
    assert treatment_share("rollout", 0.0) == 0.0 and treatment_share("rollout", 1.0) == 1.0, (
        f"assign_variant ({WHERE}): treatment_share 0 must put nobody in treatment, 1 everybody")


def test_experiments_are_independent():
    first = [assign_variant(u, "exp-a") for u in USERS]
    second = [assign_variant(u, "exp-b") for u in USERS]
    agreement = np.mean([a == b for a, b in zip(first, second)])
    assert 0.46 <= agreement <= 0.54, (
        f"assign_variant ({WHERE}) put {agreement:.0%} of users in the same arm of two different "
        "experiments; expected about 50%. Hash the experiment name together with the user id, or "
        "every experiment tests the same users")


def test_assignment_refuses_bad_arguments():
    for args in [("u1", "e", -0.1), ("u1", "e", 1.5), ("", "e", 0.5)]:
        with pytest.raises(ValueError):
            assign_variant(*args)


def reference_sizes(p1: float, effect: float, alpha: float, power: float) -> tuple[float, float]:
    """Two textbook normal-approximation formulas; correct answers lie between them (about)."""
    p2 = p1 + effect
    za, zb = norm.ppf(1 - alpha / 2), norm.ppf(power)
    pooled = (p1 + p2) / 2
    mixed = (za * math.sqrt(2 * pooled * (1 - pooled)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / effect**2
    unpooled = (za + zb) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / effect**2
    return min(mixed, unpooled), max(mixed, unpooled)


@pytest.mark.parametrize(("baseline", "effect", "alpha", "power"), [
    (0.10, 0.02, 0.05, 0.8), (0.10, -0.02, 0.05, 0.8), (0.50, 0.05, 0.05, 0.9),
    (0.03, 0.005, 0.01, 0.8), (0.87, 0.03, 0.10, 0.8),
])
def test_sample_size_matches_the_normal_approximation(baseline, effect, alpha, power):
    n = sample_size_per_arm(baseline, effect, alpha, power)
    low, high = reference_sizes(baseline, effect, alpha, power)
    assert isinstance(n, (int, np.integer)), f"sample_size_per_arm ({WHERE}) must return an int"
    assert 0.98 * low <= n <= 1.02 * high + 1, (
        f"sample_size_per_arm ({WHERE}) gave {n} per arm for baseline {baseline}, effect {effect}, "
        f"alpha {alpha}, power {power}; the normal approximation gives {math.ceil(low)} to "
        f"{math.ceil(high)}. Is the test two-sided (z of 1 - alpha/2)? Is the effect squared?")


def test_sample_size_grows_for_smaller_effects_and_stricter_tests():
    base = sample_size_per_arm(0.10, 0.02)
    assert sample_size_per_arm(0.10, 0.01) > 3.5 * base, (
        f"sample_size_per_arm ({WHERE}): halving the effect must need about 4x the users")
    assert sample_size_per_arm(0.10, 0.02, alpha=0.01) > base
    assert sample_size_per_arm(0.10, 0.02, power=0.9) > base


@pytest.mark.parametrize("args", [(0.0, 0.02), (1.0, 0.02), (0.99, 0.05), (0.1, 0.0),
                                  (0.1, 0.02, 0.0, 0.8), (0.1, 0.02, 0.05, 1.0)])
def test_sample_size_refuses_impossible_inputs(args):
    with pytest.raises(ValueError):
        sample_size_per_arm(*args)


@given(n_a=st.integers(1, 5000), n_b=st.integers(1, 5000), data=st.data())
def test_z_test_agrees_with_scipys_chi_squared_test(n_a, n_b, data):
    c_a = data.draw(st.integers(0, n_a), label="conversions_a")
    c_b = data.draw(st.integers(0, n_b), label="conversions_b")
    z, p = two_proportion_z_test(c_a, n_a, c_b, n_b)
    assert math.isfinite(z) and 0.0 <= p <= 1.0, f"two_proportion_z_test ({WHERE}) gave z={z}, p={p}"
    if (c_a + c_b) in (0, n_a + n_b):
        assert (z, p) == (0.0, 1.0), (
            f"two_proportion_z_test ({WHERE}): with {c_a}/{n_a} and {c_b}/{n_b} there is no "
            "variance; return (0.0, 1.0)")
        return
    # The pooled two-sided z-test is the 2x2 chi-squared test without continuity correction.
    table = [[c_a, n_a - c_a], [c_b, n_b - c_b]]
    chi2, expected_p, _, _ = chi2_contingency(table, correction=False)
    assert math.isclose(z * z, chi2, rel_tol=1e-6, abs_tol=1e-9) and math.isclose(p, expected_p, rel_tol=1e-6, abs_tol=1e-12), (
        f"two_proportion_z_test ({WHERE}) gave z={z:.4f}, p={p:.6f} for {c_a}/{n_a} vs {c_b}/{n_b}; "
        f"scipy's chi-squared test gives z^2={chi2:.4f}, p={expected_p:.6f}. Use the pooled rate "
        "and a two-sided p-value")
    rate_a, rate_b = c_a / n_a, c_b / n_b
    assert (z > 0) == (rate_b > rate_a) or rate_a == rate_b, (
        f"two_proportion_z_test ({WHERE}): z must be positive when B converts better")


def test_z_test_refuses_impossible_counts():
    for args in [(5, 0, 1, 10), (11, 10, 1, 10), (-1, 10, 1, 10)]:
        with pytest.raises(ValueError):
            two_proportion_z_test(*args)
