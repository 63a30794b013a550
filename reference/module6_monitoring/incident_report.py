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
    if facts.resolved_at < facts.detected_at:
        raise ValueError("resolved_at is before detected_at")
    texts = {"Summary": facts.summary, "Impact": facts.impact, "Root cause": facts.root_cause,
             "Resolution": facts.resolution}
    blank = [name for name, text in texts.items() if not text.strip()]
    if blank:
        raise ValueError(f"these sections are blank: {blank}")
    if not facts.timeline or not facts.action_items:
        raise ValueError("a report needs at least one timeline event and one action item")
    bodies = {
        **texts,
        "Timeline": "\n".join(f"- {when:%Y-%m-%d %H:%M}: {what}"
                              for when, what in sorted(facts.timeline, key=lambda event: event[0])),
        "Action items": "\n".join(f"- [ ] {owner}: {task}" for owner, task in facts.action_items),
    }
    lines = [f"# Incident report: {facts.title}", "",
             f"Severity: {facts.severity} | Duration: {_duration(facts.resolved_at - facts.detected_at)}"]
    for name in REQUIRED_SECTIONS:
        lines += ["", f"## {name}", "", bodies[name].strip()]
    return "\n".join(lines) + "\n"


def _duration(elapsed) -> str:
    hours, minutes = divmod(int(elapsed.total_seconds() // 60), 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"
