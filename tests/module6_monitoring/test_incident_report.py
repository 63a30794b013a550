"""Kata 6.8: incident_report renders every required section, a sorted timeline and the duration.

Rules and the tests that enforce them:

1. Line 1 is ``# Incident report: <title>``: ``test_the_report_has_a_title_and_every_section_in_order``.
2. A ``Severity: ... | Duration: ...`` line before the first section (blank lines around it are
   free), the duration in whole minutes rounded down, ``<h> h <m> min`` from one hour on (exactly
   60 minutes is ``1 h 0 min``) or ``<m> min`` under an hour:
   ``test_the_duration_is_written_in_hours_and_minutes``.
3. Every section of ``REQUIRED_SECTIONS`` as ``## <name>``, in order, with its text, the
   timeline oldest first and the action items as checkboxes: ``test_the_report_has_a_title_and_every_section_in_order``,
   ``test_each_section_holds_its_facts``, ``test_the_timeline_is_sorted_oldest_first``,
   ``test_any_facts_render_with_all_sections``.
4. ``Raises: ValueError`` for resolved before detected, a blank (or whitespace-only) text, no
   timeline event or no action item; resolved exactly at detection is fine:
   ``test_an_incomplete_report_is_refused``, ``test_the_duration_is_written_in_hours_and_minutes``.
5. The facts are not modified: ``test_the_facts_are_not_modified``.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from kata_framework.strategies import unicode_names
from katas.module6_monitoring.incident_report import REQUIRED_SECTIONS, IncidentFacts, incident_report

WHERE = "incident_report (katas/module6_monitoring/incident_report.py)"
DEPLOY = datetime(2026, 3, 2, 12, 0)

FACTS = IncidentFacts(
    title="Latency 50 ms -> 2000 ms after v2.4.0",
    severity="SEV2",
    detected_at=DEPLOY + timedelta(minutes=4),
    resolved_at=DEPLOY + timedelta(hours=3, minutes=19, seconds=40),
    summary="Every prediction took about two seconds for three hours.",
    impact="All 1,500 requests in the window were 40x slower; two partner timeouts.",
    root_cause="v2.4.0 loaded the model inside the request handler.",
    resolution="Rolled back to v2.3.1, then shipped v2.4.1 loading the model once at start-up.",
    timeline=[
        (DEPLOY + timedelta(hours=3, minutes=19), "v2.4.1 deployed, p99 back to 60 ms"),
        (DEPLOY, "v2.4.0 deployed"),
        (DEPLOY + timedelta(minutes=4), "p99 latency alert fired (critical)"),
    ],
    action_items=[("serving team", "add a load-count test to CI"),
                  ("on-call", "alert on p99 per version after each deploy")],
)


def sections(report: str) -> dict[str, str]:
    """Heading -> the text under it, for every '## ' heading."""
    parts = re.split(r"^## (.+?)\s*$", report, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_the_report_has_a_title_and_every_section_in_order():
    report = incident_report(FACTS)
    assert report.splitlines()[0] == f"# Incident report: {FACTS.title}", (
        f"{WHERE}: the first line must be '# Incident report: <title>', got {report.splitlines()[0]!r}")
    headings = re.findall(r"^## (.+?)\s*$", report, flags=re.MULTILINE)
    assert headings == list(REQUIRED_SECTIONS), (
        f"{WHERE} wrote the headings {headings}; a report needs exactly {list(REQUIRED_SECTIONS)}, "
        "in that order, each as '## <name>'")


def test_each_section_holds_its_facts():
    found = sections(incident_report(FACTS))
    for name, text in [("Summary", FACTS.summary), ("Impact", FACTS.impact),
                       ("Root cause", FACTS.root_cause), ("Resolution", FACTS.resolution)]:
        assert text in found.get(name, ""), f"{WHERE}: the {name} section must contain {text!r}"
    for owner, task in FACTS.action_items:
        assert f"- [ ] {owner}: {task}" in found.get("Action items", ""), (
            f"{WHERE}: each action item must be a checkbox '- [ ] <owner>: <task>'")


def test_the_timeline_is_sorted_oldest_first():
    timeline = sections(incident_report(FACTS)).get("Timeline", "")
    events = [line for line in timeline.splitlines() if line.startswith("- ")]
    assert events == ["- 2026-03-02 12:00: v2.4.0 deployed",
                      "- 2026-03-02 12:04: p99 latency alert fired (critical)",
                      "- 2026-03-02 15:19: v2.4.1 deployed, p99 back to 60 ms"], (
        f"{WHERE} wrote the timeline {events}: one '- YYYY-MM-DD HH:MM: <what>' line per event, "
        "sorted by time (the facts arrive in any order)")


@pytest.mark.parametrize(("elapsed", "text"), [
    pytest.param(timedelta(hours=3, minutes=15, seconds=40), "3 h 15 min", id="hours-and-minutes"),
    pytest.param(timedelta(minutes=45, seconds=59), "45 min", id="under-an-hour"),
    pytest.param(timedelta(minutes=59, seconds=59), "59 min", id="just-under-an-hour"),
    pytest.param(timedelta(hours=1), "1 h 0 min", id="exactly-an-hour"),
    pytest.param(timedelta(hours=26), "26 h 0 min", id="over-a-day"),
    pytest.param(timedelta(0), "0 min", id="resolved-at-detection"),
])
def test_the_duration_is_written_in_hours_and_minutes(elapsed, text):
    facts = dataclasses.replace(FACTS, resolved_at=FACTS.detected_at + elapsed)
    lines = incident_report(facts).splitlines()
    first_section = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    found = [line.strip() for line in lines[1:first_section] if line.strip().startswith("Severity:")]
    assert found == [f"Severity: SEV2 | Duration: {text}"], (
        f"{WHERE}: between the title and the first section there must be one line 'Severity: SEV2 | Duration: "
        f"{text}' for {elapsed} (whole minutes, rounded down); found {found}")


@pytest.mark.parametrize("change", [
    dict(resolved_at=DEPLOY - timedelta(minutes=1)),
    dict(root_cause="   "),
    dict(impact=""),
    dict(summary="\n"),
    dict(resolution=""),
    dict(action_items=[]),
    dict(timeline=[]),
], ids=["resolved-before-detected", "whitespace-root-cause", "blank-impact", "blank-summary", "blank-resolution",
        "no-action-items", "no-timeline"])
def test_an_incomplete_report_is_refused(change):
    with must_raise(ValueError, f"{WHERE} must refuse facts with {change}"):
        incident_report(dataclasses.replace(FACTS, **change))


def test_the_facts_are_not_modified():
    unsorted = [(DEPLOY + timedelta(hours=1), "rolled back"), (DEPLOY, "v2.4.0 deployed")]
    facts = dataclasses.replace(FACTS, timeline=list(unsorted))
    incident_report(facts)
    assert facts.timeline == unsorted, (
        f"{WHERE} reordered the caller's timeline list: sort a copy (sorted(...)), not the list itself")


@given(title=unicode_names, owner=unicode_names, offsets=st.lists(st.integers(0, 10_000), min_size=1, max_size=8))
@example(title="Flabébé", owner="ops", offsets=[5, 5, 0]).via("two events at the same minute")
def test_any_facts_render_with_all_sections(title, owner, offsets):
    facts = dataclasses.replace(
        FACTS, title=title, action_items=[(owner, "write the runbook")],
        timeline=[(DEPLOY + timedelta(minutes=m), f"event {i}") for i, m in enumerate(offsets)])
    report = incident_report(facts)
    assert re.findall(r"^## (.+?)\s*$", report, flags=re.MULTILINE) == list(REQUIRED_SECTIONS)
    times = re.findall(r"^- (\d{4}-\d\d-\d\d \d\d:\d\d): event", report, flags=re.MULTILINE)
    assert len(times) == len(offsets) and times == sorted(times), (
        f"{WHERE}: every timeline event must appear once, oldest first")
