"""Kata 6.6 (incident 3): every prediction is "not legendary". Find the skew, repair the input."""

from __future__ import annotations

import math  # noqa: F401  (you will want it)
from dataclasses import dataclass, field

import pandas as pd

SKEW_LIMIT = 2.0  # a median more than 2x off (either way) is not drift, it is a different unit


@dataclass(frozen=True)
class SkewDiagnosis:
    """The structured answer to "why is every prediction the same class?".

    Attributes:
        kind: ``"training_serving_skew"`` when some column reaches the model in another unit
            or scale than it was trained on, else ``"none"``.
        columns: the skewed columns, in the order checked.
        scale: for each skewed column, the factor serving applied, as a power of ten
            (``0.01`` means serving sends the value divided by 100).
    """

    kind: str
    columns: list[str]
    scale: dict[str, float] = field(default_factory=dict)


def diagnose_one_class(training: pd.DataFrame, serving_log: pd.DataFrame,
                       columns: list[str]) -> SkewDiagnosis:
    """Compare what the model was trained on with what the service actually fed it.

    For each column: ``ratio = median(serving) / median(training)``. The column is skewed when
    the ratio is above ``SKEW_LIMIT`` (2) or below ``1 / SKEW_LIMIT``; its scale is the ratio
    rounded to the nearest power of ten (``10 ** round(log10(ratio))``), because unit mistakes
    come in powers of ten (percent vs fraction, grams vs kilograms, /100 vs raw).

    Args:
        training: the training sample. Not modified.
        serving_log: the features the service logged with its predictions. Not modified.
        columns: the numeric feature columns to compare (medians are positive).

    Returns:
        A ``SkewDiagnosis``.

    Example:
        >>> diagnose_one_class(training, serving_log, STATS)              # doctest: +SKIP
        SkewDiagnosis(kind='training_serving_skew', columns=['hp', ...], scale={'hp': 0.01, ...})

    Why: a model that answers the same class for everyone is rarely "a bad model": far more
    often the features it receives are not the features it learnt from. The serving log is the
    evidence; compare it with training before touching the model.
    """
    raise NotImplementedError("kata 6.6: implement diagnose_one_class")


def repair_serving_features(serving: pd.DataFrame, diagnosis: SkewDiagnosis) -> pd.DataFrame:
    """Undo the skew: divide each skewed column by its scale, back into training units.

    Args:
        serving: features as the client sent them. Not modified.
        diagnosis: the result of ``diagnose_one_class``.

    Returns:
        A copy of ``serving`` with each column in ``diagnosis.columns`` divided by
        ``diagnosis.scale[column]``; other columns untouched.

    Example:
        >>> repair_serving_features(pd.DataFrame({"hp": [0.45]}),
        ...     SkewDiagnosis("training_serving_skew", ["hp"], {"hp": 0.01}))["hp"].round(6).tolist()
        [45.0]

    Why: the durable fix is in the client (send raw stats) plus a range check at the service's
    door (kata 5.1); this repair lets you rescore the logged requests and tell the business
    what the right answers would have been.
    """
    raise NotImplementedError("kata 6.6: implement repair_serving_features")
