"""Kata 4.5: a model card with the Mitchell et al. sections and honest intervals (exercise 4.4).

Rules and the tests that enforce them:

1. ``proportion_interval`` is the Wilson (or Clopper–Pearson) interval at the requested
   confidence, down to a single trial (``trials`` at least 1), to 1e-4 (the rounded z = 1.96 at
   95% is accepted): ``test_proportion_interval_is_wilson_or_clopper_pearson``.
2. A 95% interval covers the true proportion in about 95% of evaluations, not 90%:
   ``test_a_95_percent_interval_covers_95_percent``.
3. At the boundary (20 of 20, 0 of 20) the interval keeps a real width and touches 1 (or 0):
   ``test_perfect_scores_keep_a_real_interval``; it never leaves [0, 1], not even by a rounding
   error: ``test_bounds_never_leave_zero_to_one``.
4. ``proportion_interval`` refuses 0 trials, impossible counts (also at a confidence so high that
   Wilson's square root stays real for them) and confidences outside (0, 1):
   ``test_impossible_proportions_are_rejected``.
5. ``bootstrap_interval`` draws ``n_resamples`` resamples of the data's size
   (``test_bootstrap_draws_n_resamples_of_the_data_size``), resamples rows (label and prediction
   together), reproducibly for a seed, at the requested confidence (defaults: 1000 resamples,
   confidence 0.95, seed 0: ``test_bootstrap_defaults_are_1000_resamples_seed_0_and_95_percent``):
   ``test_bootstrap_keeps_labels_and_predictions_paired``,
   ``test_bootstrap_is_reproducible_and_shrinks_with_more_data``,
   ``test_bootstrap_confidence_is_the_requested_one``.
6. Resamples where the metric is undefined are dropped, never counted as 0; all undefined is an
   error: ``test_undefined_resamples_are_dropped``, ``test_bad_bootstrap_inputs_are_rejected``.
7. The card has every section in the order of ``SECTIONS``, whatever the order of ``texts``, with
   its text, stripped: ``test_card_has_every_section_in_order``,
   ``test_section_order_is_the_standard_one_whatever_the_order_of_texts``,
   ``test_section_texts_are_stripped``.
8. The card's numbers are the evaluation's: each proportion with its count and
   ``proportion_interval``, F1 with its ``bootstrap_interval``:
   ``test_card_numbers_equal_the_evaluation``; undefined ones read ``n/a``:
   ``test_undefined_proportions_read_not_available``; a perfect recall on 20 positives keeps a
   real interval on the card: ``test_card_shows_a_real_interval_for_perfect_recall``; by default
   the F1 bootstrap draws 1000 resamples with seed 0: ``test_card_defaults_are_1000_resamples_and_seed_0``;
   one row is an evaluation too: ``test_a_single_row_is_an_evaluation_too``.
9. ``Raises: ValueError`` naming every missing or blank section, and for empty or mismatched
   labels: ``test_missing_sections_are_named``, ``test_bad_card_inputs_are_rejected``.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from kata_framework import data
from kata_framework.expect import must_raise
from katas.module4_evaluation.model_card import (
    SECTIONS,
    bootstrap_interval,
    card_proportions,
    f1_or_nan,
    model_card,
    proportion_interval,
)

FILE = "katas/module4_evaluation/model_card.py"
WHERE = f"model_card ({FILE})"
INTERVAL = f"proportion_interval ({FILE})"
BOOTSTRAP = f"bootstrap_interval ({FILE})"
MITCHELL = ["Model details", "Intended use", "Factors", "Metrics", "Evaluation data", "Training data",
            "Quantitative analyses", "Ethical considerations", "Caveats and recommendations"]
TEXTS = {
    "Model details": "Logistic regression on six base stats, version 1.2, trained 2026-11 by the data team.",
    "Intended use": "Flag likely legendary species for a collectors' newsletter. Not for pricing cards.",
    "Factors": "Generation and primary type; performance is reported overall.",
    "Metrics": "Precision and recall on the legendary class; accuracy for reference only.",
    "Evaluation data": "A held-out 25% of the species table, stratified by is_legendary.",
    "Training data": "The other 75% of the species table; capture_rate excluded (it leaks the target).",
    "Ethical considerations": "No personal data. Errors cost collectors time, not money.",
    "Caveats and recommendations": "Few legendaries per generation: do not read per-generation results.",
}
ROW = re.compile(r"^\|\s*(\w+)\s*\|\s*([0-9.]+|n/a)\s*\|\s*(\d+/\d+|-)\s*\|\s*(?:([0-9.]+) to ([0-9.]+)|n/a)\s*\|\s*$")


@pytest.fixture(scope="module")
def shared_evaluation():
    pokemon = data.pokemon()
    total = pokemon[["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]].sum(axis=1)
    return pokemon["is_legendary"].astype(int).to_numpy(), (total > 560).astype(int).to_numpy()


@pytest.fixture
def evaluation(shared_evaluation):
    """Labels and a simple rule's predictions on the Pokémon (fresh copies for each test)."""
    return tuple(array.copy() for array in shared_evaluation)


def section_bodies(card):
    """Heading -> body text, for the '## ' headings in order."""
    parts = re.split(r"^## (.+)$", card, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts), 2)}


def table_rows(card):
    body = section_bodies(card)["Quantitative analyses"]
    return body, {m.group(1): m.groups()[1:] for m in map(ROW.match, body.splitlines()) if m}


def accepted_intervals(successes, trials, confidence):
    from scipy.stats import binomtest  # imported once the learner's function has answered: a stub fails at once

    test = binomtest(successes, trials)
    return {method: tuple(map(float, test.proportion_ci(confidence, method=method)))
            for method in ("wilson", "wilsoncc", "exact")}


# --- proportion_interval ---------------------------------------------------------------------

@pytest.mark.parametrize("successes, trials", [(17, 20), (20, 20), (0, 20), (1, 3), (60, 75), (455, 500), (1, 1),
                                               (0, 1)],
                         ids=lambda v: str(v))
@pytest.mark.parametrize("confidence", [0.95, 0.8])
def test_proportion_interval_is_wilson_or_clopper_pearson(successes, trials, confidence):
    low, high = proportion_interval(successes, trials, confidence=confidence)
    accepted = accepted_intervals(successes, trials, confidence)
    # 1e-4 accepts the rounded z = 1.96 at 95% (bounds move by less than 2e-5) and nothing coarser.
    assert any(low == pytest.approx(a, abs=1e-4) and high == pytest.approx(b, abs=1e-4)
               for a, b in accepted.values()), (
        f"{INTERVAL} gave ({low:.4f}, {high:.4f}) for {successes} of {trials} at confidence {confidence}; the "
        f"Wilson interval is ({accepted['wilson'][0]:.4f}, {accepted['wilson'][1]:.4f}) and Clopper-Pearson "
        f"({accepted['exact'][0]:.4f}, {accepted['exact'][1]:.4f}). z is the 1 - (1 - confidence)/2 quantile "
        "of the standard normal")


def coverage(n, p, confidence):
    """Probability that the learner's interval covers p when successes ~ Binomial(n, p)."""
    proportion_interval(0, n, confidence=confidence)  # an unfinished kata fails before scipy loads
    from scipy.stats import binom

    total = 0.0
    for k in range(n + 1):
        low, high = proportion_interval(k, n, confidence=confidence)
        if low - 1e-12 <= p <= high + 1e-12:
            total += binom.pmf(k, n, p)
    return total


def test_a_95_percent_interval_covers_95_percent():
    probabilities = np.linspace(0.05, 0.95, 19)
    mean_coverage = float(np.mean([coverage(40, p, 0.95) for p in probabilities]))
    assert 0.935 <= mean_coverage <= 0.99, (
        f"{INTERVAL} at confidence 0.95 covers the true proportion {mean_coverage:.1%} of the time on average "
        "(40 trials, true rates 5% to 95%); a 95% interval must cover about 95%. z = 1.645 gives a 90% "
        "interval; the 95% one uses z = 1.96")


@pytest.mark.parametrize("successes, trials", [(9, 9), (0, 2), (26, 26), (0, 6)], ids=lambda v: str(v))
def test_bounds_never_leave_zero_to_one(successes, trials):
    low, high = proportion_interval(successes, trials)
    assert 0.0 <= low <= high <= 1.0, (
        f"{INTERVAL} gave ({low!r}, {high!r}) for {successes} of {trials}; the bounds of a proportion lie within "
        "[0, 1], as the docstring says. Wilson's formula lands a rounding error outside at 9 of 9 "
        "(1.0000000000000002) or 0 of 2: clip with max(0.0, ...) and min(1.0, ...)")


def test_perfect_scores_keep_a_real_interval():
    low, high = proportion_interval(20, 20)
    assert high == pytest.approx(1.0) and low < 0.9, (
        f"{INTERVAL} gave ({low:.3f}, {high:.3f}) for 20 of 20; 20 successes cannot prove a rate of 1.0: the "
        "95% interval runs from about 0.84 to 1.0. The normal approximation p ± z·sqrt(p(1-p)/n) and the "
        "percentile bootstrap collapse to zero width here; use Wilson or Clopper-Pearson")
    low, high = proportion_interval(0, 20)
    assert low == pytest.approx(0.0, abs=1e-12) and high > 0.1, (
        f"{INTERVAL} gave ({low:.3f}, {high:.3f}) for 0 of 20; the 95% interval runs from 0 to about 0.16")


@pytest.mark.parametrize("successes, trials, confidence, why", [
    pytest.param(0, 0, 0.95, "0 trials (the proportion is undefined)", id="no-trials"),
    pytest.param(5, 4, 0.95, "more successes than trials", id="successes-above-trials"),
    pytest.param(-1, 4, 0.95, "negative successes", id="negative-successes"),
    pytest.param(5, 4, 0.9999, "more successes than trials at confidence 0.9999", id="successes-above-trials-wide"),
    pytest.param(-1, 4, 0.9999, "negative successes at confidence 0.9999", id="negative-successes-wide"),
    pytest.param(2, 4, 1.0, "confidence 1.0", id="confidence-1"),
    pytest.param(2, 4, 0.0, "confidence 0.0 (an interval of zero width that covers nothing)", id="confidence-0"),
    pytest.param(2, 4, 95, "confidence 95 (a percentage, not a fraction)", id="confidence-as-percent"),
])
def test_impossible_proportions_are_rejected(successes, trials, confidence, why):
    with must_raise(ValueError, f"{INTERVAL} must refuse {why}"):
        proportion_interval(successes, trials, confidence=confidence)


# --- bootstrap_interval ----------------------------------------------------------------------

def accuracy(t, p):
    return float(np.mean(np.asarray(t) == np.asarray(p)))


def recall_or_nan(t, p):
    t, p = np.asarray(t).astype(bool), np.asarray(p).astype(bool)
    return float(np.sum(t & p) / np.sum(t)) if t.any() else math.nan


def test_bootstrap_keeps_labels_and_predictions_paired():
    y = np.array([1, 0, 0, 1, 0, 0, 0, 1, 0, 0] * 10)
    for name, metric in (("accuracy", accuracy), ("f1", f1_or_nan)):
        low, high = bootstrap_interval(y, y, metric, n_resamples=200, seed=1)
        assert (low, high) == (1.0, 1.0), (
            f"{BOOTSTRAP} gave {name} ({low:.3f}, {high:.3f}) for perfect predictions; every resample of a perfect "
            "model is perfect. Resample row indices once and use them for both arrays")


@pytest.mark.parametrize("n_resamples", [pytest.param(1, id="one-resample"), pytest.param(37, id="37-resamples")])
def test_bootstrap_draws_n_resamples_of_the_data_size(n_resamples):
    y_true = np.array([1, 0, 0, 1, 1, 0, 1])
    y_pred = np.array([1, 0, 1, 1, 0, 0, 1])
    sizes = []

    def counting_accuracy(t, p):
        sizes.append(len(t))
        return accuracy(t, p)

    bootstrap_interval(y_true, y_pred, counting_accuracy, n_resamples=n_resamples, seed=4)
    # One more call on the whole data (an estimate beside the resamples) is allowed.
    assert len(sizes) in (n_resamples, n_resamples + 1) and set(sizes) == {len(y_true)}, (
        f"{BOOTSTRAP} called the metric {len(sizes)} times on {sorted(set(sizes))} rows with n_resamples={n_resamples}; "
        f"draw exactly n_resamples resamples, each as large as the data ({len(y_true)} rows)")


def test_undefined_resamples_are_dropped():
    y_true = np.array([1] + [0] * 9)  # one positive: about a third of the resamples have none
    low, high = bootstrap_interval(y_true, y_true.copy(), recall_or_nan, n_resamples=300, seed=2)
    assert (low, high) == (1.0, 1.0), (
        f"{BOOTSTRAP} gave ({low}, {high}) for a recall that is 1.0 on every resample that has a positive; a "
        "resample without positives has no recall at all (NaN): drop it, do not count it as 0 or let the NaN "
        "reach the quantiles")


def test_bootstrap_is_reproducible_and_shrinks_with_more_data():
    rng = np.random.default_rng(0)
    y_true = (rng.random(4000) < 0.5).astype(int)
    y_pred = np.where(rng.random(4000) < 0.9, y_true, 1 - y_true)  # 90% accurate
    small = bootstrap_interval(y_true[:400], y_pred[:400], accuracy, n_resamples=500, seed=3)
    again = bootstrap_interval(y_true[:400], y_pred[:400], accuracy, n_resamples=500, seed=3)
    large = bootstrap_interval(y_true, y_pred, accuracy, n_resamples=500, seed=3)
    assert small == again, f"{BOOTSTRAP} must give the same interval for the same seed"
    default = bootstrap_interval(y_true[:400], y_pred[:400], accuracy, n_resamples=500)
    assert default == bootstrap_interval(y_true[:400], y_pred[:400], accuracy, n_resamples=500, seed=0), (
        f"{BOOTSTRAP}: without a seed argument the seed is 0, as the signature says")
    assert small[0] < accuracy(y_true[:400], y_pred[:400]) < small[1], (
        f"{BOOTSTRAP}: the interval {small} must contain the estimate {accuracy(y_true[:400], y_pred[:400])}")
    assert large[1] - large[0] < (small[1] - small[0]) / 2, (
        f"{BOOTSTRAP}: ten times the rows must give a much narrower interval; got {small} and {large}")


def test_bootstrap_confidence_is_the_requested_one():
    rng = np.random.default_rng(5)
    y_true = (rng.random(1600) < 0.5).astype(int)
    y_pred = np.where(rng.random(1600) < 0.9, y_true, 1 - y_true)
    p = accuracy(y_true, y_pred)
    standard_error = math.sqrt(p * (1 - p) / len(y_true))
    for confidence, z in ((0.95, 1.96), (0.8, 1.2816)):
        low, high = bootstrap_interval(y_true, y_pred, accuracy, n_resamples=4000, confidence=confidence, seed=6)
        expected = 2 * z * standard_error
        assert abs((high - low) - expected) < 0.10 * expected, (
            f"{BOOTSTRAP} at confidence {confidence} is {high - low:.4f} wide; for 90% accuracy on 1600 rows it "
            f"should be about {expected:.4f}. Take the (1 - confidence)/2 and 1 - (1 - confidence)/2 quantiles")


def test_bootstrap_defaults_are_1000_resamples_seed_0_and_95_percent():
    rng = np.random.default_rng(7)
    y_true = (rng.random(120) < 0.5).astype(int)
    y_pred = np.where(rng.random(120) < 0.8, y_true, 1 - y_true)
    by_default = bootstrap_interval(y_true, y_pred, accuracy)
    stated = bootstrap_interval(y_true, y_pred, accuracy, n_resamples=1000, confidence=0.95, seed=0)
    assert by_default == stated, (
        f"{BOOTSTRAP} called without n_resamples, confidence and seed gave {by_default}; with the defaults of "
        f"its signature (1000 resamples, confidence 0.95, seed 0) it gives {stated}")


@pytest.mark.parametrize("y_true, y_pred, metric, why", [
    pytest.param([], [], accuracy, "empty arrays", id="no-rows"),
    pytest.param([1, 0], [1], accuracy, "arrays of different lengths", id="mismatched-lengths"),
    pytest.param([0, 0, 0], [0, 0, 0], recall_or_nan, "a metric undefined on every resample", id="never-defined"),
])
def test_bad_bootstrap_inputs_are_rejected(y_true, y_pred, metric, why):
    with must_raise(ValueError, f"{BOOTSTRAP} must refuse {why}"):
        bootstrap_interval(np.array(y_true), np.array(y_pred), metric, n_resamples=20)


# --- model_card ------------------------------------------------------------------------------

def test_card_has_every_section_in_order(evaluation):
    y_true, y_pred = evaluation
    card = model_card(TEXTS, y_true, y_pred, n_resamples=100)
    headings = re.findall(r"^## (.+)$", card, flags=re.MULTILINE)
    assert [h.strip() for h in headings] == MITCHELL, (
        f"{WHERE} must have the Mitchell et al. sections as '## ' headings in this order: {MITCHELL}; "
        f"found {headings}")
    assert card.startswith("# Model card"), f"{WHERE} must start with '# Model card'"
    bodies = section_bodies(card)
    for section, text in TEXTS.items():
        assert text in bodies[section], f"{WHERE}: section {section!r} must contain its text from `texts`"
    assert list(SECTIONS) == MITCHELL


def test_section_order_is_the_standard_one_whatever_the_order_of_texts():
    y_true, y_pred = np.array([1, 0, 1, 0, 1]), np.array([1, 0, 0, 1, 1])
    card = model_card(dict(reversed(TEXTS.items())), y_true, y_pred, n_resamples=10)
    headings = [h.strip() for h in re.findall(r"^## (.+)$", card, flags=re.MULTILINE)]
    assert headings == MITCHELL, (
        f"{WHERE} given `texts` in another order wrote the headings {headings}; the sections always follow "
        f"SECTIONS ({MITCHELL}), whatever the order of the caller's dict: loop over SECTIONS, not over texts")


def test_section_texts_are_stripped(evaluation):
    y_true, y_pred = evaluation
    texts = dict(TEXTS, **{"Intended use": "\n    " + TEXTS["Intended use"] + "   \n\n"})
    card = model_card(texts, y_true, y_pred, n_resamples=10)
    assert TEXTS["Intended use"] in card.splitlines(), (
        f"{WHERE}: a section's body is its text stripped of surrounding blanks and line breaks; an "
        "'Intended use' text given with four leading spaces must appear as its own unindented line "
        "(indented by four spaces, Markdown shows it as code)")


def test_card_numbers_equal_the_evaluation(evaluation):
    y_true, y_pred = evaluation
    card = model_card(TEXTS, y_true, y_pred, n_resamples=100, seed=4)
    body, rows = table_rows(card)
    assert f"Evaluated on {len(y_true)} rows, {int(y_true.sum())} positive." in body, (
        f"{WHERE}: the quantitative analyses must start with 'Evaluated on {len(y_true)} rows, "
        f"{int(y_true.sum())} positive.'")
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    counts = {"accuracy": (int(np.sum(y_true == y_pred)), len(y_true)), "precision": (tp, int(y_pred.sum())),
              "recall": (tp, int(y_true.sum()))}
    assert card_proportions(y_true, y_pred) == counts, f"card_proportions ({FILE}) must stay as shipped"
    for t, p, expected in (([1, 0], [1, 1], 2 / 3), ([1, 0], [0, 1], 0.0), ([1, 1], [1, 0], 2 / 3)):
        assert f1_or_nan(np.array(t), np.array(p)) == pytest.approx(expected), (
            f"f1_or_nan ({FILE}) must stay as shipped: {t} against {p} has F1 {expected:.3f}")
    assert list(rows) == [*counts, "f1"], (
        f"{WHERE}: the table needs one row per metric, in order {[*counts, 'f1']}, written like "
        f"'| recall | 0.850 | 17/20 | 0.640 to 0.948 |' and '| f1 | 0.812 | - | 0.702 to 0.905 |'; found rows "
        f"for {list(rows)}")
    for name, (successes, trials) in counts.items():
        shown, count, low, high = rows[name]
        assert (shown, count) == (f"{successes / trials:.3f}", f"{successes}/{trials}"), (
            f"{WHERE} shows {name} {shown} ({count}); the evaluation gives {successes / trials:.3f} "
            f"({successes}/{trials})")
        interval = proportion_interval(successes, trials)
        assert (low, high) == (f"{interval[0]:.3f}", f"{interval[1]:.3f}"), (
            f"{WHERE} shows the {name} interval {low} to {high}; proportion_interval({successes}, {trials}) gives "
            f"{interval[0]:.3f} to {interval[1]:.3f}")
    shown, count, low, high = rows["f1"]
    from sklearn.metrics import f1_score  # imported once the card is written: a stub fails at once

    value = f1_score(y_true, y_pred)
    assert shown == f"{value:.3f}", (
        f"{WHERE} shows f1 {shown}; the evaluation gives {value:.3f}. Report F1 on the evaluation data itself, "
        "not an average over bootstrap resamples")
    interval = bootstrap_interval(y_true, y_pred, f1_or_nan, n_resamples=100, seed=4)
    assert (low, high) == (f"{interval[0]:.3f}", f"{interval[1]:.3f}"), (
        f"{WHERE} shows the f1 interval {low} to {high}; bootstrap_interval with the same seed and n_resamples "
        f"gives {interval[0]:.3f} to {interval[1]:.3f}")


def test_card_defaults_are_1000_resamples_and_seed_0(evaluation):
    y_true, y_pred = evaluation
    by_default = model_card(TEXTS, y_true, y_pred)
    stated = model_card(TEXTS, y_true, y_pred, n_resamples=1000, seed=0)
    assert by_default == stated, (
        f"{WHERE} called without n_resamples and seed must use the defaults of its signature, 1000 "
        "resamples and seed 0: its card differs from the card built with them given")


def test_card_shows_a_real_interval_for_perfect_recall():
    y_true = np.array([1] * 20 + [0] * 80)
    y_pred = np.array([1] * 20 + [1] * 5 + [0] * 75)  # finds all 20, five false alarms
    _, rows = table_rows(model_card(TEXTS, y_true, y_pred, n_resamples=50))
    shown, count, low, high = rows["recall"]
    assert (shown, count, high) == ("1.000", "20/20", "1.000") and float(low) < 0.9, (
        f"{WHERE} shows recall {shown} ({count}) with the interval {low} to {high}; 20 of 20 cannot prove 1.0: "
        "the 95% interval runs from about 0.84 to 1.000. Use proportion_interval, not a bootstrap")


def test_a_single_row_is_an_evaluation_too():
    _, rows = table_rows(model_card(TEXTS, np.array([1]), np.array([1]), n_resamples=20))
    assert rows.get("accuracy", ("",))[:2] == ("1.000", "1/1"), (
        f"{WHERE} must write a card for one evaluated row (accuracy 1/1, with its wide interval); only empty or "
        f"mismatched inputs are refused. Got the accuracy row {rows.get('accuracy')}")


def test_undefined_proportions_read_not_available():
    y_true = np.array([0, 1, 0, 1, 0])
    y_pred = np.zeros(5, dtype=int)  # nothing flagged: precision has nothing to divide by
    _, rows = table_rows(model_card(TEXTS, y_true, y_pred, n_resamples=20))
    assert rows.get("precision") == ("n/a", "0/0", None, None), (
        f"{WHERE} shows precision as {rows.get('precision')} when nothing was flagged; write "
        "'| precision | n/a | 0/0 | n/a |': a proportion of nothing is undefined, not 0")
    assert rows.get("recall", ("",))[0] == "0.000", f"{WHERE}: recall with two missed positives is 0.000"


def test_missing_sections_are_named(evaluation):
    y_true, y_pred = evaluation
    texts = {k: v for k, v in TEXTS.items() if k not in ("Ethical considerations", "Factors")}
    texts["Intended use"] = "   "
    with must_raise(ValueError, f"{WHERE} must refuse texts without 'Ethical considerations' and 'Factors'") as raised:
        model_card(texts, y_true, y_pred, n_resamples=10)
    for name in ("Ethical considerations", "Factors", "Intended use"):
        assert name in str(raised.value), (
            f"{WHERE} must name every missing or blank section in its error; {name!r} is not in "
            f"{str(raised.value)!r}")


@pytest.mark.parametrize("y_true, y_pred", [pytest.param([], [], id="no-rows"),
                                            pytest.param([1, 0], [1], id="mismatched-lengths")])
def test_bad_card_inputs_are_rejected(y_true, y_pred):
    with must_raise(ValueError, f"{WHERE} must refuse labels {y_true} with predictions {y_pred}"):
        model_card(TEXTS, np.array(y_true), np.array(y_pred), n_resamples=10)
