"""Kata 6.5 (incident 2): latency went from 50 ms to 2000 ms after a deploy. Find it, fix it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")


@dataclass(frozen=True)
class LatencyDiagnosis:
    """The structured answer to "what made us slow?".

    Attributes:
        model_version: the deployed version whose requests are slow.
        started_at: the timestamp of that version's first request.
        p50_before_ms: median latency of all requests before ``started_at``.
        p50_after_ms: median latency of all requests from ``started_at`` on.
    """

    model_version: str
    started_at: pd.Timestamp
    p50_before_ms: float
    p50_after_ms: float


def diagnose_latency_spike(requests: pd.DataFrame) -> LatencyDiagnosis:
    """Find the deploy that made the service slow, from its request log.

    The slow version is the ``model_version`` with the highest median ``latency_ms``. Its
    first request's ``timestamp`` is when the trouble started; compare the median latency of
    every request before that moment with every request from it on. Every request counts,
    whatever its ``status_code``: a failed or timed-out request is time a user waited too.

    Args:
        requests: the request log, columns ``timestamp`` (datetime), ``request_id``,
            ``endpoint``, ``model_version``, ``latency_ms``, ``status_code``; rows in any
            order. Not modified.

    Returns:
        A ``LatencyDiagnosis``.

    Example:
        >>> diagnose_latency_spike(data.incident("latency_spike/requests"))   # doctest: +SKIP
        LatencyDiagnosis(model_version='v2.4.0', started_at=Timestamp('2026-03-02 12:00:..'),
                         p50_before_ms=50.1, p50_after_ms=1998.7)

    Why: "it got slow" becomes actionable once it is "it got slow at 12:00, with v2.4.0, by a
    factor of 40": now you know which diff to read, and whether rolling back will help.
    """
    medians = requests.groupby("model_version")["latency_ms"].median()
    version = str(medians.idxmax())
    started_at = requests.loc[requests["model_version"] == version, "timestamp"].min()
    before = requests.loc[requests["timestamp"] < started_at, "latency_ms"]
    after = requests.loc[requests["timestamp"] >= started_at, "latency_ms"]
    return LatencyDiagnosis(version, started_at, float(before.median()), float(after.median()))


class LegendaryService:
    """The prediction service as released in v2.4.0, where the latency spike began.

    ``load_model()`` returns a fitted classifier with scikit-learn's ``predict`` that takes a
    2-D array of the six stats (``STAT_COLUMNS`` order). Loading it is slow: it reads a
    large file. The service must load it once, when the service is created, and reuse it for
    every request. (The code shipped in v2.4.0 loaded it inside ``predict``: that is the
    incident. Fix it so the tests pass.)

    Args:
        load_model: returns the fitted classifier; call it exactly once.

    Example:
        >>> service = LegendaryService(lambda: joblib.load("model.joblib"))   # doctest: +SKIP
        >>> service.predict({"hp": 100, "attack": 100, "defense": 100, "sp_attack": 100,
        ...                  "sp_defense": 100, "speed": 100})                 # doctest: +SKIP
        True
    """

    def __init__(self, load_model: Callable[[], Any]) -> None:
        self._model = load_model()  # once, at start-up: every request shares it

    def predict(self, features: Mapping[str, float]) -> bool:
        """Whether the species described by ``features`` (the six stats) is legendary.

        Returns:
            ``bool(model.predict(row)[0])`` for the one-row array of the six stats.
        """
        row = np.array([[float(features[column]) for column in STAT_COLUMNS]])
        return bool(self._model.predict(row)[0])
