"""Kata 2.4: spot the leakage. An experiment that scores far too well, and its honest version."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sklearn.base import ClassifierMixin
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "is_legendary"
#: The candidate features the experiment selects from.
FEATURES = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "generation",
            "height_m", "weight_kg"]
#: How many candidate features the selection keeps.
K_BEST = 5


@dataclass(frozen=True)
class ExperimentResult:
    """What the experiment reports.

    Attributes:
        test_score: balanced accuracy of the model's predictions on the test rows.
        selected_features: the candidate features the selection kept, by name.
    """

    test_score: float
    selected_features: list[str]


def split_rows(frame: pd.DataFrame, test_size: float = 0.25,
               seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split the Pokémon rows into a training and a test set, with no species on both sides.

    The rules of an honest split:

    * every species (``pokemon_id``) lands on exactly one side: copies of a row, whether they
      came with the data or from oversampling, must never straddle the split;
    * every row of the input lands on one side: only exact duplicate rows may be dropped (a
      re-recorded row of a species, differing in one value, is kept, beside its species);
    * about ``test_size`` of the species go to the test set; stratifying by the target is
      welcome but not required;
    * resampling (oversampling the rare class), if you want it at all, belongs to the training
      rows after the split, never before it.

    Args:
        frame: Pokémon rows (pokemon_id, the features, the target). It is not modified.
        test_size: the share of species for the test set, in (0, 1).
        seed: makes the split reproducible.

    Returns:
        ``(train, test)`` DataFrames with the input's columns.

    Example:
        >>> train, test = split_rows(pokemon)  # doctest: +SKIP
        >>> set(train["pokemon_id"]) & set(test["pokemon_id"])  # doctest: +SKIP
        set()

    Why it matters: a row that is in both sets lets the model be graded on what it memorised.
    Oversampling before splitting does exactly that, and the score it reports never comes back
    in production.
    """
    deduplicated = frame.drop_duplicates()  # an exact copy adds nothing but a way to leak
    species = deduplicated.drop_duplicates("pokemon_id")  # one row per species decides its side
    counts = species[TARGET].value_counts()
    stratify = species[TARGET] if len(counts) == 2 and counts.min() >= 2 else None
    train_ids, test_ids = train_test_split(species["pokemon_id"], test_size=test_size,
                                           random_state=seed, stratify=stratify)
    in_test = deduplicated["pokemon_id"].isin(set(test_ids))
    return deduplicated[~in_test], deduplicated[in_test]


def fit_and_score(train: pd.DataFrame, test: pd.DataFrame,
                  model: ClassifierMixin) -> ExperimentResult:
    """Scale the candidate features, keep the ``K_BEST`` best, fit ``model``, score on the test rows.

    The rules of an honest experiment:

    * every statistic is learned from the training rows only: the scaler's means and standard
      deviations, and which features the selection keeps (fit the steps on ``train``, then only
      *apply* them to ``test``);
    * the features are the candidates in ``FEATURES``: nothing computed from the target, no
      proxy of it (``capture_rate`` is set because a species is legendary) and no identifier;
    * ``model`` itself (not a clone) is fit exactly once, on the training rows, then asked to
      predict the test rows; the score is the balanced accuracy of those predictions.

    Args:
        train: training rows. Not modified.
        test: test rows. Not modified; they only ever reach ``model.predict``.
        model: an unfitted scikit-learn classifier.

    Returns:
        An ExperimentResult with the test score and the selected feature names.

    Example:
        >>> result = fit_and_score(train, test, LogisticRegression())  # doctest: +SKIP
        >>> round(result.test_score, 2)  # doctest: +SKIP
        0.8

    Why it matters: a scaler or a selection fit on all rows has already seen the test set, and
    a target-derived column hands the model the answer. The reported score is then a promise
    production cannot keep, and nothing in the code looks wrong at a glance.
    """
    # A Pipeline fits every step on the rows given to fit() and only applies them afterwards,
    # so nothing about the test rows can reach the scaler, the selection or the model.
    pipeline = Pipeline([
        ("scale", StandardScaler()),
        ("select", SelectKBest(f_classif, k=K_BEST)),
        ("model", model),
    ])
    pipeline.fit(train[FEATURES], train[TARGET])
    predictions = pipeline.predict(test[FEATURES])
    selected = [str(name) for name in pipeline["select"].get_feature_names_out(FEATURES)]
    return ExperimentResult(float(balanced_accuracy_score(test[TARGET], predictions)), selected)
