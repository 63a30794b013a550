"""Kata 2.4: spot the leakage. An experiment that scores far too well, and its honest version.

This file is a colleague's experiment. It runs, and its test score looks wonderful. Read it like
a reviewer: find every way information from the test rows, or from the target, reaches the
model, and rewrite the two functions so that they follow their docstrings.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sklearn.base import ClassifierMixin
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

TARGET = "is_legendary"
#: The candidate features the experiment selects from.
FEATURES = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "generation",
            "height_m", "weight_kg", "capture_rate"]
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
    # Legendaries are rare, so repeat them to give the model enough examples to learn from.
    legendaries = frame[frame[TARGET]]
    balanced = pd.concat([frame] + [legendaries] * 4, ignore_index=True)
    train, test = train_test_split(balanced, test_size=test_size, random_state=seed)
    return train, test


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
    # Preprocess everything in one go, so train and test get exactly the same treatment.
    data = pd.concat([train, test])
    # How often each primary type is legendary: a strong signal.
    data["type_legendary_rate"] = data.groupby("type1")[TARGET].transform("mean")
    columns = FEATURES + ["type_legendary_rate"]
    scaled = StandardScaler().fit_transform(data[columns])
    selector = SelectKBest(f_classif, k=K_BEST).fit(scaled, data[TARGET])
    selected_rows = selector.transform(scaled)

    n_train = len(train)
    model.fit(selected_rows[:n_train], data[TARGET].iloc[:n_train])
    predictions = model.predict(selected_rows[n_train:])
    score = balanced_accuracy_score(data[TARGET].iloc[n_train:], predictions)
    selected = [str(name) for name in selector.get_feature_names_out(columns)]
    return ExperimentResult(float(score), selected)
