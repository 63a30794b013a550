"""Kata 7.4: write the pull request description a reviewer needs."""

from __future__ import annotations

from dataclasses import dataclass, field

#: The sections, in order, as level-2 Markdown headings.
SECTIONS = ("Summary", "Motivation", "Changes", "Results", "Testing", "Risks and rollback")


@dataclass(frozen=True)
class MetricResult:
    """One metric measured on the same data for the baseline and for this change.

    ``spread`` is the uncertainty of the change (candidate minus baseline), in the metric's
    units: the half-width of a 95% interval for the difference, for example from a bootstrap
    of paired test rows. Paired per-fold differences of cross-validation understate it (the
    folds share training rows); a corrected resampled t-test widens it accordingly. It has a
    default only so that the field can follow ``higher_is_better``: a description refuses a
    metric without it.
    """

    name: str
    baseline: float
    candidate: float
    higher_is_better: bool = True
    spread: float | None = None


@dataclass(frozen=True)
class ChangeFacts:
    """What a pull request changes and what it found: the raw material of its description."""

    title: str
    summary: str
    motivation: str
    changes: list[str]
    metrics: list[MetricResult]
    testing: list[str]
    risks: list[str] = field(default_factory=list)
    rollback: str = ""


def write_pr_description(facts: ChangeFacts) -> str:
    """Return a Markdown pull request description built from ``facts``.

    Layout:

    * first line ``# <title>``;
    * then each of ``SECTIONS`` in that order as a ``## <section>`` heading line;
    * Summary and Motivation: their text;
    * Changes and Testing: one ``- `` bullet per item, in the given order;
    * Results: a Markdown table with the header row ``| Metric | Baseline | This PR | Change |``,
      then one row per metric: the name, both values, and the change (candidate minus
      baseline) with its sign, then ``±`` and the spread (``+0.031 ± 0.012``), then a verdict:
      ``(better)`` or ``(worse)`` only when the change is larger than its spread (strictly),
      judged by the metric's direction (for a lower-is-better metric such as latency or RMSE a
      drop is better), and ``(within noise)`` when it is not, a zero change included. A ``|``
      inside a metric name is written ``\\|`` so the table holds. Numbers may be rounded, to
      within 0.001 or 0.1% of the value, whichever is looser;
    * Risks and rollback: one bullet per risk, then a line starting ``Rollback:`` with the
      rollback plan.

    Every text is copied unchanged (unicode included) apart from that escaping; whitespace at
    the start or end of a text may be trimmed (Markdown does not show it).

    Raises:
        ValueError: if the summary, the motivation or the rollback plan is empty or blank, if
            there are no changes, no metrics or no testing notes, or if a metric's spread is
            missing, negative or not finite: a pull request without them is not ready for
            review, whatever its code, and a change without its uncertainty cannot be judged.

    Example:
        >>> facts = ChangeFacts("Add total_stats", "Adds the sum of the six stats.",
        ...     "Legendaries are strong across the board.", ["features.py: total_stats"],
        ...     [MetricResult("F1", 0.61, 0.72, spread=0.04),
        ...      MetricResult("p99 ms", 40, 38, False, spread=3)],
        ...     ["unit tests for the feature"], ["none known"], "revert this commit")
        >>> print(write_pr_description(facts))  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
        # Add total_stats
        ## Summary
        Adds the sum of the six stats.
        ...
        | F1 | 0.61 | 0.72 | +0.11 ± 0.04 (better) |
        | p99 ms | 40 | 38 | -2 ± 3 (within noise) |
        ...
        Rollback: revert this commit

    Why it matters: reviewers approve what they understand. A description that states the
    baseline, the test evidence and the way back gets a faster, better review, and is the
    first thing anyone reads when the change misbehaves in production.
    """
    raise NotImplementedError("kata 7.4: implement write_pr_description")
