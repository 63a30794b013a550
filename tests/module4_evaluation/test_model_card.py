"""Kata 4.5: a model card with the Mitchell et al. sections and bootstrap intervals (exercise 4.4)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

from katas.module4_evaluation.model_card import SECTIONS, bootstrap_interval, card_metrics, model_card

FILE = "katas/module4_evaluation/model_card.py"
WHERE = f"model_card ({FILE})"
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
ROW = re.compile(r"^\|\s*(\w+)\s*\|\s*([0-9.]+)\s*\|\s*([0-9.]+) to ([0-9.]+)\s*\|\s*$")


@pytest.fixture
def evaluation(pokemon):
    total = pokemon[["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]].sum(axis=1)
    return pokemon["is_legendary"].astype(int).to_numpy(), (total > 560).astype(int).to_numpy()


def section_bodies(card):
    """Heading -> body text, for the '## ' headings in order."""
    parts = re.split(r"^## (.+)$", card, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts), 2)}


def test_card_has_every_section_in_order(evaluation):
    y_true, y_pred = evaluation
    card = model_card(TEXTS, y_true, y_pred, n_resamples=200)
    headings = re.findall(r"^## (.+)$", card, flags=re.MULTILINE)
    assert [h.strip() for h in headings] == MITCHELL, (
        f"{WHERE} must have the Mitchell et al. sections as '## ' headings in this order: {MITCHELL}; "
        f"found {headings}")
    assert card.startswith("# Model card"), f"{WHERE} must start with '# Model card'"
    bodies = section_bodies(card)
    for section, text in TEXTS.items():
        assert text in bodies[section], f"{WHERE}: section {section!r} must contain its text from `texts`"
    assert list(SECTIONS) == MITCHELL


def test_card_numbers_equal_the_evaluation(evaluation):
    y_true, y_pred = evaluation
    card = model_card(TEXTS, y_true, y_pred, n_resamples=200, seed=4)
    body = section_bodies(card)["Quantitative analyses"]
    assert f"Evaluated on {len(y_true)} rows, {int(y_true.sum())} positive." in body, (
        f"{WHERE}: the quantitative analyses must start with 'Evaluated on {len(y_true)} rows, "
        f"{int(y_true.sum())} positive.'")
    rows = {m.group(1): m.groups()[1:] for m in map(ROW.match, body.splitlines()) if m}
    expected = {"accuracy": accuracy_score(y_true, y_pred),
                "precision": precision_score(y_true, y_pred, zero_division=0),
                "recall": recall_score(y_true, y_pred, zero_division=0),
                "f1": f1_score(y_true, y_pred, zero_division=0)}
    assert list(rows) == list(expected), (
        f"{WHERE}: the table needs one row per metric, in order {list(expected)}, written like "
        f"'| precision | 0.812 | 0.702 to 0.905 |'; found rows for {list(rows)}")
    assert {k: round(v(y_true, y_pred), 12) for k, v in card_metrics().items()} == {
        k: round(v, 12) for k, v in expected.items()}, f"card_metrics ({FILE}) must stay as shipped"
    for name, value in expected.items():
        shown, low, high = rows[name]
        assert shown == f"{value:.3f}", (
            f"{WHERE} shows {name} {shown}; the evaluation gives {value:.3f}. Report the metric on the "
            "evaluation data itself, not an average over bootstrap resamples")
        interval = bootstrap_interval(y_true, y_pred, card_metrics()[name], n_resamples=200, seed=4)
        assert (low, high) == (f"{interval[0]:.3f}", f"{interval[1]:.3f}"), (
            f"{WHERE} shows the {name} interval {low} to {high}; bootstrap_interval with the same seed gives "
            f"{interval[0]:.3f} to {interval[1]:.3f}")


def test_missing_sections_are_named(evaluation):
    y_true, y_pred = evaluation
    texts = {k: v for k, v in TEXTS.items() if k not in ("Ethical considerations", "Factors")}
    texts["Intended use"] = "   "
    with pytest.raises(ValueError) as raised:
        model_card(texts, y_true, y_pred, n_resamples=10)
    for name in ("Ethical considerations", "Factors", "Intended use"):
        assert name in str(raised.value), (
            f"{WHERE} must name every missing or blank section in its error; {name!r} is not in "
            f"{str(raised.value)!r}")


def test_bootstrap_keeps_labels_and_predictions_paired():
    y = np.array([1, 0, 0, 1, 0, 0, 0, 1, 0, 0] * 10)
    for name, metric in card_metrics().items():
        low, high = bootstrap_interval(y, y, metric, n_resamples=200, seed=1)
        assert (low, high) == (1.0, 1.0), (
            f"bootstrap_interval ({FILE}) gave {name} ({low:.3f}, {high:.3f}) for perfect predictions; every "
            "resample of a perfect model is perfect. Resample row indices once and use them for both arrays")


def test_bootstrap_is_reproducible_and_shrinks_with_more_data():
    rng = np.random.default_rng(0)
    y_true = (rng.random(4000) < 0.5).astype(int)
    y_pred = np.where(rng.random(4000) < 0.9, y_true, 1 - y_true)  # 90% accurate
    accuracy = card_metrics()["accuracy"]
    small = bootstrap_interval(y_true[:400], y_pred[:400], accuracy, n_resamples=500, seed=3)
    again = bootstrap_interval(y_true[:400], y_pred[:400], accuracy, n_resamples=500, seed=3)
    large = bootstrap_interval(y_true, y_pred, accuracy, n_resamples=500, seed=3)
    assert small == again, f"bootstrap_interval ({FILE}) must give the same interval for the same seed"
    width = small[1] - small[0]
    assert 0.04 < width < 0.08 and small[0] < accuracy_score(y_true[:400], y_pred[:400]) < small[1], (
        f"bootstrap_interval ({FILE}): a 95% interval for 90% accuracy on 400 rows is about 0.06 wide "
        f"around the estimate; got {small}")
    assert large[1] - large[0] < width / 2, (
        f"bootstrap_interval ({FILE}): ten times the rows must give a much narrower interval; got {small} "
        f"and {large}")
