"""Kata 5.2: a single-row scoring path that skips the DataFrame round-trip."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any


class LinearScorer:
    """Score one species with a fitted pipeline's arithmetic, without pandas or scikit-learn.

    The pipeline is the module's model, built exactly like this and then fitted::

        Pipeline([
            ("prepare", ColumnTransformer([
                ("stats", StandardScaler(), ["hp", "attack", "defense", "sp_attack",
                                             "sp_defense", "speed"]),
                ("type", OneHotEncoder(handle_unknown="ignore"), ["type1"]),
            ])),
            ("classifier", LogisticRegression()),
        ])

    ``pipeline.predict_proba(pd.DataFrame([features]))[0, 1]`` is correct but builds a
    DataFrame and walks every step's input checks for one row: milliseconds per call. The
    same number is a weighted sum passed through the logistic function, and every weight can
    be worked out once, here in ``__init__``:

    * a scaled stat contributes ``coef * (x - mean) / scale``;
    * the one-hot type contributes its own coefficient, or nothing for a type the encoder
      never saw (that is what ``handle_unknown="ignore"`` means);
    * ``probability = 1 / (1 + exp(-(intercept + contributions)))``.

    Args:
        pipeline: the fitted pipeline above. It is read, never modified.

    Example:
        >>> scorer = LinearScorer(fitted_pipeline)                       # doctest: +SKIP
        >>> scorer.predict_proba({"type1": "Dragon", "hp": 108, "attack": 130,
        ...     "defense": 95, "sp_attack": 80, "sp_defense": 85, "speed": 102})  # doctest: +SKIP
        0.93...

    Why: "training takes an hour, inference must take under 100 ms" is solved by moving work
    out of the request. Whatever does not depend on the request is computed once, at start-up.
    """

    def __init__(self, pipeline: Any) -> None:
        prepare = pipeline.named_steps["prepare"]
        classifier = pipeline.named_steps["classifier"]
        scaler = prepare.named_transformers_["stats"]
        encoder = prepare.named_transformers_["type"]
        stat_columns = list(scaler.feature_names_in_)
        coefficients = classifier.coef_[0]
        n_stats = len(stat_columns)
        # ColumnTransformer stacks its outputs in order: the scaled stats, then the one-hot type.
        stat_coefficients = coefficients[:n_stats]
        type_coefficients = coefficients[n_stats:]
        # Fold the scaler into the weights: coef * (x - mean) / scale = w * x - w * mean.
        self._weights = {column: float(c / s)
                         for column, c, s in zip(stat_columns, stat_coefficients, scaler.scale_)}
        self._bias = float(classifier.intercept_[0]) - sum(
            self._weights[column] * float(m) for column, m in zip(stat_columns, scaler.mean_))
        self._type_weights = {str(t): float(c)
                              for t, c in zip(encoder.categories_[0], type_coefficients)}
        self._type_column = str(encoder.feature_names_in_[0])

    def predict_proba(self, features: Mapping[str, Any]) -> float:
        """The probability that ``features`` (type1 and the six stats) describe a legendary.

        Args:
            features: a mapping with ``type1`` and the six stat names; extra keys are ignored.

        Returns:
            The same float as ``pipeline.predict_proba(pd.DataFrame([features]))[0, 1]``
            (equal within 1e-9), in tens of microseconds instead of milliseconds: at least 20
            times faster than that one-row DataFrame call. Any stats, absurd ones such as
            ``-1e6`` or ``1e6`` included, give a probability from 0 to 1, never an overflow.
        """
        logit = self._bias + self._type_weights.get(features[self._type_column], 0.0)
        for column, weight in self._weights.items():
            logit += weight * float(features[column])
        # Two forms of the logistic function, so exp never overflows for large |logit|.
        if logit >= 0:
            return 1.0 / (1.0 + math.exp(-logit))
        odds = math.exp(logit)
        return odds / (1.0 + odds)
