"""Kata 5.4: stable, balanced variant assignment; sample size per arm; the two-proportion test.

Rules of the docstrings, and the test that enforces each:

1. ``assign_variant`` returns a variant and the same one on every call:
   ``test_assignment_is_stable_and_a_known_variant``; in every process (built-in ``hash()`` is
   salted per process; checked against a process with another ``PYTHONHASHSEED``):
   ``test_assignment_is_the_same_in_every_process``.
2. The treatment share is close to ``treatment_share``, a small one (0.5%), 0 and 1 included:
   ``test_the_split_matches_the_treatment_share``, ``test_a_small_share_is_kept_too``,
   ``test_shares_of_zero_and_one_are_all_or_nothing``.
3. Experiments reshuffle users independently: ``test_experiments_are_independent``.
4. A share outside [0, 1] (NaN included) or an empty id raises: ``test_assignment_refuses_bad_arguments``.
5. The sample size is the two-sided normal approximation (pooled, unpooled or with Fleiss's
   continuity correction): ``test_sample_size_matches_the_normal_approximation``; it is an int
   and grows as it should: ``test_sample_size_grows_for_smaller_effects_and_stricter_tests``.
6. Arguments outside their ranges raise, at the ends too: ``test_sample_size_refuses_impossible_inputs``.
7. The z-test is the pooled two-sided test (an exact p-value allowed when an expected count is
   below 5; from 5 on the z-test's, even with few conversions), z positive when B is better,
   (0.0, 1.0) without variance: ``test_z_test_agrees_with_the_pooled_chi_squared_test``.
8. Impossible counts raise, an empty arm (0 of 0) included (``test_z_test_refuses_impossible_counts``);
   conversions equal to users are fine (an ``@example`` of the z-test test).
9. The signatures' defaults (a 0.5 share, alpha 0.05, power 0.8): ``test_the_defaults_are_the_documented_ones``.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from scipy.stats import chi2_contingency, fisher_exact, norm

from kata_framework.expect import must_raise
from kata_framework.strategies import unicode_names
from katas.module5_serving.ab_testing import (
    assign_variant,
    sample_size_per_arm,
    two_proportion_z_test,
)

WHERE = "katas/module5_serving/ab_testing.py"
USERS = [f"user-{i}" for i in range(10_000)]


def treatment_share(experiment: str, share: float = 0.5) -> float:
    return float(np.mean([assign_variant(u, experiment, share) == "treatment" for u in USERS]))


@given(user_id=unicode_names, experiment=st.text(max_size=10))
@example(user_id="ash-ketchum", experiment="")
def test_assignment_is_stable_and_a_known_variant(user_id, experiment):
    first = assign_variant(user_id, experiment)
    assert first in ("control", "treatment"), f"assign_variant ({WHERE}) returned {first!r}"
    assert all(assign_variant(user_id, experiment) == first for _ in range(3)), (
        f"assign_variant ({WHERE}) gave {user_id!r} different variants on repeated calls: derive "
        "the variant from a stable hash of the id (hashlib), not from random or a counter")


FRESH_PROCESS_CODE = """
from katas.module5_serving.ab_testing import assign_variant
print("".join("T" if assign_variant(f"user-{i}", "new-model") == "treatment" else "C"
              for i in range(200)))
"""


def test_assignment_is_the_same_in_every_process(run_in_fresh_process):
    here = "".join("T" if assign_variant(f"user-{i}", "new-model") == "treatment" else "C"
                   for i in range(200))
    there = run_in_fresh_process(FRESH_PROCESS_CODE).strip()
    assert there == here, (
        f"assign_variant ({WHERE}) put users in other arms in another Python process (one with "
        "another PYTHONHASHSEED): built-in hash() is salted per process, so a returning user "
        "would switch models after every restart. Use hashlib (e.g. sha256) of experiment and id")


@pytest.mark.parametrize("share", [0.5, 0.2, 0.9])
def test_the_split_matches_the_treatment_share(share):
    observed = treatment_share("new-model", share)
    # 10 000 users: one standard deviation of the share is at most 0.005; allow four.
    assert abs(observed - share) <= 0.02, (
        f"assign_variant ({WHERE}) put {observed:.1%} of 10 000 users in treatment; expected "
        f"{share:.0%} within 2 points. Map the hash to a uniform number in [0, 1) and compare it "
        "with treatment_share")


def test_a_small_share_is_kept_too():
    observed = treatment_share("canary", 0.005)
    # 10 000 users at 0.5%: 50 expected, one standard deviation about 7 users; allow four.
    assert abs(observed - 0.005) <= 0.0028, (
        f"assign_variant ({WHERE}) put {observed:.2%} of 10 000 users in treatment for a share of "
        "0.5%. A hash cut into 100 buckets can only give whole percents: map the hash to a "
        "uniform number in [0, 1) (e.g. its first 8 bytes / 2**64) and compare it with "
        "treatment_share")


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


@pytest.mark.parametrize("args", [("u1", "e", -0.1), ("u1", "e", 1.5), ("u1", "e", 1.000001),
                                  ("u1", "e", math.nan), ("", "e", 0.5)],
                         ids=["negative-share", "share-above-one", "share-just-above-one",
                              "nan-share", "empty-user-id"])
def test_assignment_refuses_bad_arguments(args):
    with must_raise(ValueError, f"assign_variant ({WHERE}) must refuse user_id={args[0]!r}, "
                    f"treatment_share={args[2]}"):
        assign_variant(*args)


def accepted_sizes(p1: float, effect: float, alpha: float, power: float) -> tuple[float, float]:
    """The smallest and largest of the textbook normal-approximation sizes the spec accepts."""
    p2 = p1 + effect
    za, zb = norm.ppf(1 - alpha / 2), norm.ppf(power)
    pooled = (p1 + p2) / 2
    mixed = (za * math.sqrt(2 * pooled * (1 - pooled)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / effect**2
    unpooled = (za + zb) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / effect**2

    def fleiss(n: float) -> float:  # continuity correction
        return n / 4 * (1 + math.sqrt(1 + 4 / (n * abs(effect)))) ** 2

    sizes = [mixed, unpooled, fleiss(mixed), fleiss(unpooled)]
    return min(sizes), max(sizes)


@pytest.mark.parametrize(("baseline", "effect", "alpha", "power"), [
    (0.10, 0.02, 0.05, 0.8), (0.10, -0.02, 0.05, 0.8), (0.50, 0.05, 0.05, 0.9),
    (0.03, 0.005, 0.01, 0.8), (0.87, 0.03, 0.10, 0.8),
], ids=["10%-to-12%", "10%-to-8%", "50%-to-55%-power-0.9", "3%-alpha-0.01", "87%-alpha-0.10"])
def test_sample_size_matches_the_normal_approximation(baseline, effect, alpha, power):
    n = sample_size_per_arm(baseline, effect, alpha, power)
    low, high = accepted_sizes(baseline, effect, alpha, power)
    assert isinstance(n, (int, np.integer)), f"sample_size_per_arm ({WHERE}) must return an int"
    assert 0.98 * low <= n <= 1.02 * high + 1, (
        f"sample_size_per_arm ({WHERE}) gave {n} per arm for baseline {baseline}, effect {effect}, "
        f"alpha {alpha}, power {power}; the normal approximation gives {math.ceil(low)} to "
        f"{math.ceil(high)}. Is the test two-sided (z of 1 - alpha/2)? Is the effect squared?")


def test_the_defaults_are_the_documented_ones():
    defaults = [assign_variant(f"user-{i}", "defaults") for i in range(200)]
    explicit = [assign_variant(f"user-{i}", "defaults", 0.5) for i in range(200)]
    assert defaults == explicit, (
        f"assign_variant ({WHERE}): without treatment_share the split must be the default 0.5")
    assert sample_size_per_arm(0.10, 0.02) == sample_size_per_arm(0.10, 0.02, 0.05, 0.8), (
        f"sample_size_per_arm ({WHERE}): the defaults are alpha=0.05 and power=0.8")


def test_sample_size_grows_for_smaller_effects_and_stricter_tests():
    base = sample_size_per_arm(0.10, 0.02)
    assert sample_size_per_arm(0.10, 0.01) > 3.5 * base, (
        f"sample_size_per_arm ({WHERE}): halving the effect must need about 4x the users")
    assert sample_size_per_arm(0.10, 0.02, alpha=0.01) > base
    assert sample_size_per_arm(0.10, 0.02, power=0.9) > base


@pytest.mark.parametrize("args", [(0.0, 0.02), (1.0, 0.02), (1.0, -0.02), (0.99, 0.05), (0.9, 0.1),
                                  (0.1, -0.1), (0.1, 0.0), (0.1, 0.02, 0.0, 0.8),
                                  (0.1, 0.02, 1.0, 0.8), (0.1, 0.02, 0.05, 0.0),
                                  (0.1, 0.02, 0.05, 1.0)],
                         ids=["baseline-0", "baseline-1", "baseline-1-treated-inside",
                              "treated-above-1", "treated-exactly-1",
                              "treated-exactly-0", "no-effect", "alpha-0", "alpha-1", "power-0",
                              "power-1"])
def test_sample_size_refuses_impossible_inputs(args):
    with must_raise(ValueError, f"sample_size_per_arm ({WHERE}) must refuse the arguments {args}"):
        sample_size_per_arm(*args)


arms = st.integers(1, 5000).flatmap(lambda users: st.tuples(st.integers(0, users), st.just(users)))


def exact_p_values(table) -> list[float]:
    """The p-values the spec allows beside the z-test's when an expected count is below 5."""
    return [float(fisher_exact(table)[1]), float(chi2_contingency(table, correction=True)[1])]


@given(arm_a=arms, arm_b=arms)
@example(arm_a=(1, 1), arm_b=(0, 1))          # one user per arm: an exact p-value is allowed
@example(arm_a=(0, 40), arm_b=(0, 60))        # nobody converts: (0.0, 1.0)
@example(arm_a=(30, 30), arm_b=(50, 50))      # everybody converts: (0.0, 1.0)
@example(arm_a=(200, 2000), arm_b=(250, 2000))  # the docstring's example
@example(arm_a=(5, 100), arm_b=(15, 100))     # every expected count at least 5: the z-test
@example(arm_a=(4, 1000), arm_b=(20, 1000))   # few conversions, expected counts 12: the z-test
@example(arm_a=(2, 50), arm_b=(8, 50))        # an expected count of exactly 5: the z-test
def test_z_test_agrees_with_the_pooled_chi_squared_test(arm_a, arm_b):
    (c_a, n_a), (c_b, n_b) = arm_a, arm_b
    z, p = two_proportion_z_test(c_a, n_a, c_b, n_b)
    assert math.isfinite(z) and 0.0 <= p <= 1.0, f"two_proportion_z_test ({WHERE}) gave z={z}, p={p}"
    if (c_a + c_b) in (0, n_a + n_b):
        assert (z, p) == (0.0, 1.0), (
            f"two_proportion_z_test ({WHERE}): with {c_a}/{n_a} and {c_b}/{n_b} there is no "
            "variance; return (0.0, 1.0)")
        return
    # The pooled two-sided z-test is the 2x2 chi-squared test without continuity correction.
    table = [[c_a, n_a - c_a], [c_b, n_b - c_b]]
    chi2, expected_p, _, expected_counts = chi2_contingency(table, correction=False)
    assert math.isclose(z * z, chi2, rel_tol=1e-6, abs_tol=1e-9), (
        f"two_proportion_z_test ({WHERE}) gave z={z:.4f} for {c_a}/{n_a} vs {c_b}/{n_b}; the pooled "
        f"z statistic is {math.copysign(math.sqrt(chi2), c_b / n_b - c_a / n_a):.4f}. Use the "
        "pooled rate in the standard error")
    allowed = [expected_p] if expected_counts.min() >= 5 else [expected_p, *exact_p_values(table)]
    assert any(math.isclose(p, q, rel_tol=1e-6, abs_tol=1e-12) for q in allowed), (
        f"two_proportion_z_test ({WHERE}) gave p={p:.6f} for {c_a}/{n_a} vs {c_b}/{n_b}; the "
        f"two-sided z-test gives {expected_p:.6f}" + (
            "" if expected_counts.min() >= 5 else " (or, with an expected count below 5, an exact "
            f"p-value: {', '.join(f'{q:.6f}' for q in allowed[1:])})") +
        ". Is the p-value two-sided (2 * norm.sf(abs(z)))?")
    rate_a, rate_b = c_a / n_a, c_b / n_b
    assert (z > 0) == (rate_b > rate_a) or rate_a == rate_b, (
        f"two_proportion_z_test ({WHERE}): z must be positive when B converts better")


@pytest.mark.parametrize("args", [(5, 0, 1, 10), (0, 0, 1, 10), (1, 10, 0, 0), (1, 10, 1, -5),
                                  (11, 10, 1, 10), (-1, 10, 1, 10), (1, 10, 11, 10)],
                         ids=["no-users-in-a", "empty-arm-a", "empty-arm-b", "negative-users-in-b",
                              "more-conversions-than-users-a", "negative-conversions",
                              "more-conversions-than-users-b"])
def test_z_test_refuses_impossible_counts(args):
    with must_raise(ValueError, f"two_proportion_z_test ({WHERE}) must refuse the counts {args} "
                    "(conversions, users, conversions, users)"):
        two_proportion_z_test(*args)
