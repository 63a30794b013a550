"""Kata 6.3: warning and critical alerts that fire on sustained breaches, not on one blip."""

from __future__ import annotations

import math
from collections.abc import Sequence

LEVELS = ("ok", "warning", "critical")


def alert_states(values: Sequence[float], *, warning: float, critical: float, sustain: int = 3,
                 higher_is_worse: bool = True) -> list[str]:
    """The alert state after each reading of a metric: ``"ok"``, ``"warning"`` or ``"critical"``.

    A reading *breaches* a level when it is at or beyond that level's threshold
    (``>=`` when higher is worse, like latency; ``<=`` when lower is worse, like accuracy).
    The state after reading ``i`` is the highest level that the last ``sustain`` readings
    (``i - sustain + 1`` to ``i``) all breach; ``"ok"`` when there are fewer than
    ``sustain`` readings so far or no level is breached by all of them. A missing reading
    (NaN) breaches nothing.

    Args:
        values: the metric's readings in time order (e.g. p99 latency per minute).
        warning: the warning threshold.
        critical: the critical threshold, beyond the warning one (``>= warning`` when higher
            is worse, ``<= warning`` when lower is worse).
        sustain: how many consecutive readings must breach before the state changes (>= 1).
        higher_is_worse: True for latency or error rate, False for accuracy or recall.

    Returns:
        A list of states, one per reading.

    Raises:
        ValueError: if ``sustain < 1`` or the thresholds are in the wrong order.

    Example:
        >>> alert_states([50, 2100, 60, 900, 950, 2500, 2600, 2700], warning=500,
        ...              critical=2000)
        ['ok', 'ok', 'ok', 'ok', 'ok', 'warning', 'warning', 'critical']

    Why: one slow request is noise; three slow minutes in a row are an incident. An alert that
    fires on every blip trains people to ignore it, and then it misses the real one. The rule
    has blind spots: a problem that flaps (bad, fine, bad, bad, fine) never completes a run,
    and a slow leak below the threshold never alerts at all. Services with an SLO alert on the
    error budget's burn rate instead (how fast the allowed failures of the month are being
    used, over a short and a long window).
    """
    raise NotImplementedError("kata 6.3: implement alert_states")
