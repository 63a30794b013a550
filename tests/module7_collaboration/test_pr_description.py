"""Kata 7.4: write_pr_description lays out every section a reviewer needs, results included.

Rules of the docstrings, and the test that enforces each:

1. ``# <title>`` first, then the sections in order: ``test_title_and_sections_come_in_order``.
2. Texts copied (surrounding whitespace may be trimmed, so the tests compare stripped lines),
   lists as bullets in order (given out of alphabetical order), the rollback line:
   ``test_summary_motivation_and_lists_are_copied``; inner spaces and line breaks kept:
   ``test_texts_keep_their_inner_whitespace_and_line_breaks``,
   also with no risks: ``test_no_risks_still_needs_the_rollback_section``; the rollback line
   after the risks: ``test_the_rollback_line_follows_every_risk``; ``|`` escaped in metric
   names only: ``test_only_metric_names_are_escaped``.
3. The results table: header, values, signed change, ``±`` spread, and a verdict that calls a
   change better or worse only when it exceeds its spread, by the metric's direction:
   ``test_results_compare_against_the_baseline_in_the_right_direction`` (a change exactly equal
   to its spread is within noise; a change that beats its spread by less than two-decimal
   rounding hides is better: the verdict is judged on the numbers, not on the printed ones), ``test_any_text_and_numbers_survive`` (any names and values).
4. ``ValueError`` for an empty summary, motivation or rollback, no changes, metrics or testing
   notes, and a missing, negative or non-finite spread: ``test_incomplete_pull_request_is_refused``.
"""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from katas.module7_collaboration.pr_description import SECTIONS, ChangeFacts, MetricResult, write_pr_description

WHERE = "write_pr_description (katas/module7_collaboration/pr_description.py)"
CELL_SPLIT = re.compile(r"(?<!\\)\|")
NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def example_facts(**changes) -> ChangeFacts:
    facts = dict(
        title="Add total_stats and type rates to the legendary classifier",
        summary="Adds two engineered features, both fit on the training rows only.",
        motivation="Legendaries are strong across all six stats; single stats miss that.",
        # Not in alphabetical order: the bullets must keep the given order.
        changes=["tests: leakage detector for both", "features.py: total_stats",
                 "features.py: type1_legendary_rate from train labels"],
        metrics=[MetricResult("F1 (bootstrap of test rows)", 0.612, 0.734, spread=0.04),
                 MetricResult("p99 latency ms", 41.0, 38.5, higher_is_better=False, spread=1.0),
                 MetricResult("RMSE", 10.0, 12.5, higher_is_better=False, spread=0.5),
                 MetricResult("recall", 0.8, 0.8, spread=0.02),
                 MetricResult("AUC", 0.9, 0.91, spread=0.02),
                 MetricResult("precision", 0.5, 0.75, spread=0.25),  # exactly its spread
                 MetricResult("latency ms", 40.0, 30.0, higher_is_better=False, spread=2.5),
                 # beats its spread by less than the printed rounding: judged on exact numbers
                 MetricResult("log loss", 0.300, 0.266, higher_is_better=False, spread=0.03)],
        testing=["pytest tests/features: 14 passed", "leakage detector: test rows perturbed"],
        risks=["the type rates drift if a new generation adds types",
               "a retrained model needs both new columns at serving time"],
        rollback="revert the PR; the previous model version stays in the registry",
    )
    facts.update(changes)
    return ChangeFacts(**facts)


def sections(markdown: str) -> dict[str, list[str]]:
    """Section heading -> its non-empty lines (stripped)."""
    found: dict[str, list[str]] = {}
    current = None
    for line in markdown.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            found[current] = []
        elif current is not None and line.strip():
            found[current].append(line.strip())
    return found


def bullets(lines: list[str]) -> list[str]:
    return [line[2:].strip() for line in lines if line.startswith("- ")]


def table_rows(lines: list[str]) -> list[list[str]]:
    rows = [[cell.strip() for cell in CELL_SPLIT.split(line.strip().strip("|"))]
            for line in lines if line.startswith("|")]
    return [row for row in rows if not all(set(cell) <= set(":- ") for cell in row)]


def close(shown: float, value: float) -> bool:
    return math.isclose(shown, value, rel_tol=1e-3, abs_tol=1e-3)


def expected_verdict(metric: MetricResult) -> str:
    change = metric.candidate - metric.baseline
    if abs(change) <= metric.spread:
        return "within noise"
    return "better" if (change > 0) == metric.higher_is_better else "worse"


def check_metric_row(row: list[str], metric: MetricResult) -> None:
    assert len(row) == 4, f"{WHERE}: the results row for {metric.name!r} must have 4 cells, got {row}"
    baseline, candidate = (float(NUMBER.search(cell).group()) for cell in row[1:3])
    assert close(baseline, metric.baseline) and close(candidate, metric.candidate), (
        f"{WHERE}: the row for {metric.name!r} shows {row[1]} and {row[2]}, expected "
        f"{metric.baseline} and {metric.candidate}")
    change = metric.candidate - metric.baseline
    shown = NUMBER.match(row[3])
    assert shown and close(float(shown.group()), change), (
        f"{WHERE}: the change for {metric.name!r} should start with {change:+.4g}, got {row[3]!r}")
    if change != 0:
        assert row[3][0] in "+-", f"{WHERE}: show the sign of a change ({row[3]!r} for {metric.name!r})"
    spread = re.search(r"±\s*(" + NUMBER.pattern + ")", row[3])
    assert spread and close(float(spread.group(1)), metric.spread), (
        f"{WHERE}: the change for {metric.name!r} must be followed by '± {metric.spread:.4g}', "
        f"its spread; got {row[3]!r}")
    expected = expected_verdict(metric)
    assert f"({expected})" in row[3], (
        f"{WHERE}: {metric.name!r} went from {metric.baseline} to {metric.candidate} with a "
        f"spread of {metric.spread}, which is ({expected}) for a "
        f"{'higher' if metric.higher_is_better else 'lower'}-is-better metric (better or worse "
        f"only when the change is larger than its spread); the row says {row[3]!r}")


def test_title_and_sections_come_in_order():
    markdown = write_pr_description(example_facts())
    lines = markdown.splitlines()
    assert lines and lines[0] == f"# {example_facts().title}", (
        f"{WHERE}: the first line must be '# <title>', got {lines[:1]}")
    headings = [line[3:].strip() for line in lines if line.startswith("## ")]
    assert headings == list(SECTIONS), (
        f"{WHERE}: the section headings are {headings}; expected {list(SECTIONS)} in that order")


def test_summary_motivation_and_lists_are_copied():
    facts = example_facts()
    found = sections(write_pr_description(facts))
    assert facts.summary in found["Summary"], f"{WHERE}: the Summary section must hold the summary"
    assert facts.motivation in found["Motivation"], f"{WHERE}: the Motivation section must hold the motivation"
    assert bullets(found["Changes"]) == facts.changes, (
        f"{WHERE}: Changes must list each change as a '- ' bullet, in order")
    assert bullets(found["Testing"]) == facts.testing, (
        f"{WHERE}: Testing must list each testing note as a '- ' bullet, in order")
    risks = found["Risks and rollback"]
    assert bullets(risks) == facts.risks, f"{WHERE}: list each risk as a '- ' bullet"
    assert f"Rollback: {facts.rollback}" in risks, (
        f"{WHERE}: the last section needs a line 'Rollback: <plan>'")


#: The verdicts of example_facts(), written out (higher_is_better defaults to True).
EXAMPLE_VERDICTS = {"F1 (bootstrap of test rows)": "better", "p99 latency ms": "better", "RMSE": "worse",
                    "recall": "within noise", "AUC": "within noise", "precision": "within noise",
                    "latency ms": "better", "log loss": "better"}


def test_results_compare_against_the_baseline_in_the_right_direction():
    facts = example_facts()
    assert {m.name: expected_verdict(m) for m in facts.metrics} == EXAMPLE_VERDICTS, (
        f"{WHERE}: MetricResult changed: higher_is_better must default to True, as given")
    rows = table_rows(sections(write_pr_description(facts))["Results"])
    assert rows and [c.lower() for c in rows[0]] == ["metric", "baseline", "this pr", "change"], (
        f"{WHERE}: the results table must start with | Metric | Baseline | This PR | Change |")
    by_name = {row[0]: row for row in rows[1:]}
    for metric in facts.metrics:
        assert metric.name in by_name, f"{WHERE}: the results table has no row for {metric.name!r}"
        check_metric_row(by_name[metric.name], metric)


@pytest.mark.parametrize("field, value", [
    pytest.param("summary", "", id="empty-summary"),
    pytest.param("motivation", "   ", id="blank-motivation"),
    pytest.param("rollback", "", id="empty-rollback"),
    pytest.param("rollback", " \n", id="blank-rollback"),
    pytest.param("changes", [], id="no-changes"),
    pytest.param("metrics", [], id="no-metrics"),
    pytest.param("testing", [], id="no-testing-notes"),
    pytest.param("metrics", [MetricResult("F1", 0.6, 0.7)], id="metric-without-spread"),
    pytest.param("metrics", [MetricResult("F1", 0.6, 0.7, spread=-0.01)], id="negative-spread"),
    pytest.param("metrics", [MetricResult("F1", 0.6, 0.7, spread=math.nan)], id="nan-spread"),
    pytest.param("metrics", [MetricResult("F1", 0.6, 0.7, spread=math.inf)], id="infinite-spread"),
])
def test_incomplete_pull_request_is_refused(field, value):
    with must_raise(ValueError, f"{WHERE} must refuse a pull request with {field} = {value!r}"):
        write_pr_description(example_facts(**{field: value}))


def test_texts_keep_their_inner_whitespace_and_line_breaks():
    summary = "Adds two features:  total_stats and type rates.\nBoth are fit on the training rows only."
    motivation = "Single stats miss legendaries.\n\nThe sum   of all six does not."
    found = sections(write_pr_description(example_facts(summary=summary, motivation=motivation)))
    for name, text in (("Summary", summary), ("Motivation", motivation)):
        expected = [line.strip() for line in text.splitlines() if line.strip()]
        assert found[name] == expected, (
            f"{WHERE}: the {name} text must be copied unchanged, its line breaks and inner spaces "
            f"included (only surrounding whitespace may be trimmed); expected lines {expected}, "
            f"got {found[name]}")


def test_only_metric_names_are_escaped():
    facts = example_facts(summary="Compares the old | new feature sets.",
                          changes=["features.py: total_stats | type rates"],
                          testing=["pytest -k 'rates | totals': 4 passed"])
    found = sections(write_pr_description(facts))
    assert facts.summary in found["Summary"], (
        f"{WHERE}: the summary must be copied unchanged, '|' included: only a metric name is "
        "escaped (inside the results table); got " + repr(found["Summary"]))
    assert bullets(found["Changes"]) == facts.changes and bullets(found["Testing"]) == facts.testing, (
        f"{WHERE}: changes and testing notes are copied unchanged, '|' included: only a metric "
        "name is escaped (inside the results table)")


def test_the_rollback_line_follows_every_risk():
    lines = sections(write_pr_description(example_facts()))["Risks and rollback"]
    rollback = [i for i, line in enumerate(lines) if line.startswith("Rollback:")]
    risks = [i for i, line in enumerate(lines) if line.startswith("- ")]
    assert rollback and risks and min(rollback) > max(risks), (
        f"{WHERE}: the last section lists the risks as bullets, then the line 'Rollback: "
        f"<plan>'; got {lines}")


def test_no_risks_still_needs_the_rollback_section():
    found = sections(write_pr_description(example_facts(risks=[])))
    assert "Risks and rollback" in found and any(
        line.startswith("Rollback:") for line in found["Risks and rollback"]), (
        f"{WHERE}: with no known risks the section and its rollback plan still belong there")


line_text = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp"], exclude_characters="#|-*\\"),
    min_size=1, max_size=20).map(str.strip).filter(bool)
metric_names = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp"], exclude_characters="\\"),
    min_size=1, max_size=12).map(str.strip).filter(lambda s: s and not set(s) <= set(":- "))
values = st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: round(v, 3))


@st.composite
def metrics(draw) -> MetricResult:
    baseline = draw(values)
    change = draw(st.one_of(st.just(0.0), st.floats(0.01, 1e3), st.floats(-1e3, -0.01)))
    # The spread is zero, or clearly smaller or larger than the change (the exact boundary has
    # its own example), so rounding the printed numbers cannot flip a verdict.
    spread = draw(st.one_of(st.just(0.0), st.floats(0.001, 1e3)).map(lambda v: round(v, 3)))
    if change and abs(abs(change) - spread) < 0.01 * max(abs(change), spread):
        spread = round(abs(change) * 2, 3)
    return MetricResult(draw(metric_names), baseline, baseline + change, draw(st.booleans()), spread)


@given(title=line_text, texts=st.lists(line_text, min_size=5, max_size=8),
       metric_list=st.lists(metrics(), min_size=1, max_size=4, unique_by=lambda m: m.name))
@example(title="Tune the tree", texts=["Summary.", "Motivation.", "change", "tested", "risk"],
         metric_list=[MetricResult("F1", 0.5, 0.75, True, 0.25),
                      MetricResult("p|99", 40.0, 30.0, False, 0.0),
                      MetricResult("RMSE", 10.0, 10.0, False, 0.0)])
def test_any_text_and_numbers_survive(title, texts, metric_list):
    facts = ChangeFacts(title, texts[0], texts[1], [texts[2]], metric_list, [texts[3]],
                        texts[4:], texts[0])
    markdown = write_pr_description(facts)
    found = sections(markdown)
    assert markdown.splitlines()[0] == f"# {title}", f"{WHERE}: the title {title!r} was not kept"
    assert bullets(found["Changes"]) == [texts[2]], (
        f"{WHERE}: the change {texts[2]!r} did not survive unchanged")
    by_name = {row[0].replace("\\|", "|"): row for row in table_rows(found["Results"])[1:]}
    for metric in metric_list:
        assert metric.name in by_name, (
            f"{WHERE}: no results row for metric {metric.name!r} (escape '|' as '\\|')")
        check_metric_row(by_name[metric.name], metric)
