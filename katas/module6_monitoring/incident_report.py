"""Kata 6.8: an incident report generator with every section a postmortem needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

REQUIRED_SECTIONS = ("Summary", "Timeline", "Impact", "Root cause", "Resolution", "Action items")


@dataclass(frozen=True)
class IncidentFacts:
    """What the on-call engineer collected.

    Attributes:
        title: one line, e.g. ``"Latency 50 ms -> 2000 ms after v2.4.0"``.
        severity: e.g. ``"SEV2"``.
        detected_at, resolved_at: when the incident was detected and resolved.
        summary, impact, root_cause, resolution: free text (markdown allowed).
        timeline: ``(when, what happened)`` pairs, in any order.
        action_items: ``(owner, task)`` pairs: what changes so it cannot happen again.
    """

    title: str
    severity: str
    detected_at: datetime
    resolved_at: datetime
    summary: str
    impact: str
    root_cause: str
    resolution: str
    timeline: list[tuple[datetime, str]] = field(default_factory=list)
    action_items: list[tuple[str, str]] = field(default_factory=list)


def incident_report(facts: IncidentFacts) -> str:
    """Render ``facts`` as a markdown incident report.

    Layout, in this order:

    * line 1: ``# Incident report: <title>``;
    * a line with the severity and the duration, ``Severity: SEV2 | Duration: 3 h 15 min``
      (resolved minus detected, whole minutes rounded down, written ``"<h> h <m> min"``, or
      ``"<m> min"`` under an hour);
    * one ``## <name>`` heading per name in ``REQUIRED_SECTIONS``, in that order, each
      followed by its content: the text for Summary, Impact, Root cause and Resolution; for
      Timeline one bullet per event, oldest first, ``- YYYY-MM-DD HH:MM: <what>``; for
      Action items one checkbox per item, ``- [ ] <owner>: <task>``.

    Args:
        facts: the incident. Not modified.

    Returns:
        The report as one string.

    Raises:
        ValueError: if ``resolved_at`` is before ``detected_at``, if the summary, impact,
            root cause or resolution is blank, or if there is no timeline event or no action
            item (a postmortem without action items changes nothing).

    Example:
        >>> report = incident_report(facts)                             # doctest: +SKIP
        >>> report.splitlines()[0]                                     # doctest: +SKIP
        '# Incident report: Latency 50 ms -> 2000 ms after v2.4.0'

    Why: the report is how an incident becomes a lesson for the team. A fixed structure makes
    sure nobody skips the uncomfortable parts: the impact, the root cause, and who does what.
    """
    raise NotImplementedError("kata 6.8: implement incident_report")
