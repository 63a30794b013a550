"""Kata 5.4: an A/B test for a new model: who sees it, how many users, and did it win."""

from __future__ import annotations

import hashlib
import math

from scipy.stats import norm

VARIANTS = ("control", "treatment")


def assign_variant(user_id: str, experiment: str, treatment_share: float = 0.5) -> str:
    """Put a user in ``"control"`` or ``"treatment"`` of an experiment, the same way every time.

    Args:
        user_id: any non-empty text (unicode included).
        experiment: the experiment's name; a new experiment reshuffles users independently.
        treatment_share: the fraction of users who get the new model, from 0 to 1.

    Returns:
        ``"control"`` or ``"treatment"``. The answer depends only on the three arguments: the
        same user gets the same variant on every call, in every process, on every machine
        (so no ``random`` and no built-in ``hash()``, which is salted per process). Over many
        users the treatment share is close to ``treatment_share``, a small one such as 0.005
        included (a hash cut into 100 buckets cannot give 0.5%).

    Raises:
        ValueError: if ``treatment_share`` is outside [0, 1] (NaN included) or ``user_id`` is
            empty.

    Example:
        >>> assign_variant("ash-ketchum", "new-model-v2") == assign_variant("ash-ketchum", "new-model-v2")
        True

    Why: a user who flips between models sees inconsistent answers and pollutes both arms.
    Hashing the id makes the split stable without storing a table of assignments.
    """
    if not 0.0 <= treatment_share <= 1.0:
        raise ValueError(f"treatment_share must be between 0 and 1, got {treatment_share}")
    if not user_id:
        raise ValueError("user_id must not be empty")
    # sha256 is stable everywhere; the experiment name salts it, so experiments are independent.
    digest = hashlib.sha256(f"{experiment}\x1f{user_id}".encode()).digest()
    bucket = int.from_bytes(digest[:8], "big") / 2**64  # uniform in [0, 1)
    return "treatment" if bucket < treatment_share else "control"


def sample_size_per_arm(baseline_rate: float, minimum_detectable_effect: float,
                        alpha: float = 0.05, power: float = 0.8) -> int:
    """Users needed in each arm to detect an absolute lift in a conversion rate.

    Uses the normal approximation for a two-sided test of two proportions::

        p1 = baseline_rate, p2 = baseline_rate + minimum_detectable_effect, p = (p1 + p2) / 2
        n = (z(1 - alpha/2) * sqrt(2 p (1 - p)) + z(power) * sqrt(p1 (1 - p1) + p2 (1 - p2)))**2
            / minimum_detectable_effect**2

    rounded up. Two other textbook versions are accepted as well: the unpooled variance in
    both terms, ``(z(1 - alpha/2) + z(power))**2 (p1 (1 - p1) + p2 (1 - p2)) / effect**2``
    (a few percent smaller or larger), and Fleiss's continuity correction of either,
    ``n / 4 * (1 + sqrt(1 + 4 / (n |effect|)))**2`` (a few percent larger, closer to the size
    that holds the power when the exact test is used). Any result from the smallest to the
    largest of these, within 2%, is right.

    Args:
        baseline_rate: today's rate, strictly between 0 and 1 (e.g. 0.10 for 10%).
        minimum_detectable_effect: the smallest absolute change worth detecting, in rate units
            (0.02 means 10% -> 12%); non-zero, and ``baseline_rate + effect`` must stay in (0, 1).
        alpha: the false-positive rate of the two-sided test, in (0, 1).
        power: the chance of detecting a real effect of that size, in (0, 1).

    Returns:
        The number of users per arm, a positive int.

    Raises:
        ValueError: for any argument outside its range (the ends of an open range included:
            a baseline of 0 or 1, an effect that reaches 0 or 1, alpha or power of 0 or 1).

    Example:
        >>> sample_size_per_arm(0.10, 0.02)
        3841

    Why: stop an A/B test too early and noise looks like a win; decide the sample size before
    the test starts, from the smallest effect that would change the decision, and read the
    result once, when that many users have been seen (checking the p-value every day and
    stopping at the first p < 0.05 raises the false-positive rate far above alpha).
    """
    treated_rate = baseline_rate + minimum_detectable_effect
    if not (0 < baseline_rate < 1 and 0 < treated_rate < 1 and minimum_detectable_effect != 0):
        raise ValueError("baseline_rate and baseline_rate + minimum_detectable_effect must lie "
                         f"strictly between 0 and 1 and differ; got {baseline_rate} and {treated_rate}")
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ValueError(f"alpha and power must lie strictly between 0 and 1; got {alpha}, {power}")
    z_alpha = norm.ppf(1 - alpha / 2)  # two-sided: the new model could also be worse
    z_power = norm.ppf(power)
    pooled = (baseline_rate + treated_rate) / 2
    spread = (z_alpha * math.sqrt(2 * pooled * (1 - pooled))
              + z_power * math.sqrt(baseline_rate * (1 - baseline_rate) + treated_rate * (1 - treated_rate)))
    return math.ceil(spread**2 / minimum_detectable_effect**2)


def two_proportion_z_test(conversions_a: int, users_a: int, conversions_b: int,
                          users_b: int) -> tuple[float, float]:
    """Two-sided z-test that arms A and B convert at the same rate (pooled variance).

    ``z = (rate_b - rate_a) / sqrt(p (1 - p) (1/users_a + 1/users_b))`` with the pooled rate
    ``p = (conversions_a + conversions_b) / (users_a + users_b)``; the p-value is two-sided.

    Args:
        conversions_a, users_a: successes and users in arm A (control).
        conversions_b, users_b: successes and users in arm B (treatment).

    Returns:
        ``(z, p_value)``: z (the statistic above) is positive when B converts better. When
        both arms convert at 0% or both at 100% there is no evidence of a difference: return
        ``(0.0, 1.0)``. The normal approximation needs enough data: when an expected count
        (pooled rate times users, or pooled non-rate times users, in either arm) is below 5,
        the p-value may instead be Fisher's exact two-sided p-value
        (``scipy.stats.fisher_exact``) or the Yates-corrected one; from 5 on it must be the
        z-test's.

    Raises:
        ValueError: if a user count is not positive (0 included), or conversions are negative
            or exceed users (conversions equal to users are fine).

    Example:
        >>> z, p = two_proportion_z_test(200, 2000, 250, 2000)
        >>> round(z, 2), round(p, 3)
        (2.5, 0.012)

    Why: "B converted 12.5% against A's 10%" is a story; the p-value says how often chance
    alone would tell it.
    """
    for conversions, users in ((conversions_a, users_a), (conversions_b, users_b)):
        if users <= 0 or not 0 <= conversions <= users:
            raise ValueError(f"need 0 <= conversions <= users and users > 0; got {conversions} of {users}")
    pooled = (conversions_a + conversions_b) / (users_a + users_b)
    variance = pooled * (1 - pooled) * (1 / users_a + 1 / users_b)
    if variance == 0:  # both arms all-or-nothing alike: no difference to measure
        return 0.0, 1.0
    z = (conversions_b / users_b - conversions_a / users_a) / math.sqrt(variance)
    return z, float(2 * norm.sf(abs(z)))
