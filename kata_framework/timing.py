"""Timing helpers for latency tests that hold on a shared, noisy 2-core machine.

Rules the helpers follow: warm up first, repeat, take medians or high percentiles of many calls,
and compare against a baseline timed in the same test (a ratio), interleaving the two so a burst
of load from elsewhere hits both alike.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def call_times(function: Callable[[], object], calls: int, *, warmup: int = 3) -> list[float]:
    """Seconds taken by each of ``calls`` calls of ``function``, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        function()
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0–100) by the nearest-rank method."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def median_seconds(function: Callable[[], object], *, repeat: int = 7, warmup: int = 1) -> float:
    """Median wall time of one call of ``function`` over ``repeat`` timed calls."""
    return statistics.median(call_times(function, repeat, warmup=warmup))


def speedup(slow: Callable[[], object], fast: Callable[[], object], *, repeat: int = 7,
            warmup: int = 1) -> float:
    """How many times faster ``fast`` is than ``slow``: median(slow) / median(fast).

    The two are timed alternately, so load from elsewhere slows both alike.
    """
    for _ in range(warmup):
        slow()
        fast()
    slow_times, fast_times = [], []
    for _ in range(repeat):
        for function, times in ((slow, slow_times), (fast, fast_times)):
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
    return statistics.median(slow_times) / max(statistics.median(fast_times), 1e-9)
