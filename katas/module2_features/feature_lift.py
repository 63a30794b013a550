"""Kata 2.7: a feature that lifts the cross-validated score by more than 5%, without leaking."""

from __future__ import annotations

import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier

TARGET = "is_legendary"
#: The features the baseline model already has.
BASE_FEATURES = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "generation",
                 "height_m", "weight_kg"]
#: The lift ``lift_features`` must reach: more than 5% above the baseline's score.
REQUIRED_LIFT = 0.05


def cross_validated_auc(features: pd.DataFrame, target: pd.Series) -> float:
    """The yardstick (already written): mean ROC AUC of a depth-3 decision tree over fixed folds.

    The same model (``DecisionTreeClassifier(max_depth=3, random_state=0)``) and the same five
    stratified folds (shuffled with ``random_state=0``) every time, so two feature sets are
    compared on equal terms. The tests measure your lift with their own copy of this function.

    Args:
        features: numeric feature columns, one row per species.
        target: the labels, same rows.

    Returns:
        The mean ROC AUC over the five folds.

    Example:
        >>> base = cross_validated_auc(pokemon[BASE_FEATURES], pokemon[TARGET])  # doctest: +SKIP
        >>> round(base, 3)  # doctest: +SKIP
        0.784

    Why it matters: two feature sets are compared fairly only on the same folds with the same
    model; and a lift is believable only once it holds on folds you did not choose features on.
    """
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    model = DecisionTreeClassifier(max_depth=3, random_state=0)
    return float(cross_val_score(model, features, target, cv=folds, scoring="roc_auc").mean())


def lift_features(frame: pd.DataFrame) -> pd.DataFrame:
    """New feature columns that make ``BASE_FEATURES`` score more than 5% better.

    Added to ``BASE_FEATURES``, your columns must raise ``cross_validated_auc`` on the Pokémon
    table by more than ``REQUIRED_LIFT`` (relative: new / base - 1 > 0.05). And they must be
    honest features:

    * built from ``BASE_FEATURES``, type1 and type2 only: never the target, capture_rate (a
      proxy of the target) or an identifier, so shuffling those must not move them;
    * computed from each row alone (no statistics over the frame);
    * numeric, finite and never NaN whenever the stats, height and weight are present and
      >= 0: also for defense 0, height 0 or a missing type2;
    * new names (not already columns of ``frame``).

    The tests measure the lift twice: on the five folds of ``cross_validated_auc`` (the ones you
    try your ideas on), and again on fold assignments this function never uses (ten other
    shuffles of five stratified folds, averaged), where it must also exceed 5%. One shuffle of
    five folds is a noisy yardstick: the AUC of a depth-3 tree moves by several points from one
    shuffle to the next, so a feature kept because it cleared 5% on the folds you tried it on
    may owe its lift to those folds. Confirming on folds you did not tune against tells the two
    apart.

    Args:
        frame: rows shaped like the Pokémon table. It is not modified.

    Returns:
        A DataFrame with the frame's index holding only the new columns (one or more).

    Example:
        >>> extra = lift_features(pokemon)  # doctest: +SKIP
        >>> cross_validated_auc(pokemon[BASE_FEATURES].join(extra), pokemon[TARGET])  # doctest: +SKIP

    Why it matters: a shallow tree cannot add six stats together, but a feature can do it for
    the tree. Domain knowledge turned into a column often beats a bigger model, as long as it
    does not smuggle in the answer.
    """
    raise NotImplementedError("kata 2.7: implement lift_features")
