"""Shared checks for the three review katas (7.1–7.3): findings against the planted faults.

Imported by test_pr1_review.py, test_pr2_review.py and test_pr3_review.py. The planted faults'
line numbers refer to katas/module7_collaboration/pr*_{features,training,service}.py as shipped:
whoever edits those stubs must move the spans there and the findings of the reference reviews.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

#: A finding this many lines away from a fault's lines still points at it.
LINE_TOLERANCE = 1
#: Findings that point at nothing wrong, tolerated per review.
MAX_FALSE_ALARMS = 2
MIN_COMMENT_WORDS = 6


@dataclass(frozen=True)
class PlantedFault:
    """A serious problem in a pull request, on lines ``first`` to ``last`` as submitted."""

    name: str
    first: int
    last: int
    categories: frozenset[str]
    nudge: str  # where to look, without giving the line away
    elsewhere: frozenset[int] = frozenset()  # other lines a reviewer may rightly anchor it to

    def covers(self, line: int) -> bool:
        return (self.first - LINE_TOLERANCE <= line <= self.last + LINE_TOLERANCE
                or line in self.elsewhere)


@dataclass(frozen=True)
class PullRequestUnderReview:
    function: str  # e.g. "review_pr1"
    kata_file: str  # e.g. "pr1_review.py"
    pr_file: str  # e.g. "pr1_features.py"
    faults: tuple[PlantedFault, ...]
    minor_lines: frozenset[int] = frozenset()  # real but minor problems: neither required nor alarms

    @property
    def where(self) -> str:
        return f"{self.function} (katas/module7_collaboration/{self.kata_file})"


def normalise(findings: object, pr: PullRequestUnderReview) -> list[tuple[str, int, str, str]]:
    """The findings as (file, line, category, comment) tuples, or a clear failure."""
    assert isinstance(findings, list), (
        f"{pr.where} must return a list of Finding, got {type(findings).__name__}")
    rows = []
    for finding in findings:
        try:
            file, line, category, comment = (finding.file, finding.line, finding.category,
                                             finding.comment)
        except AttributeError:
            pytest.fail(f"{pr.where}: {finding!r} is not a Finding(file, line, category, comment)")
        rows.append((file, line, category, comment))
    return rows


def check_well_formed(findings: object, pr: PullRequestUnderReview, categories: tuple[str, ...]) -> None:
    rows = normalise(findings, pr)
    assert rows, f"{pr.where} returned no findings: read {pr.pr_file} and record what you would block"
    for file, line, category, comment in rows:
        assert isinstance(file, str) and file.replace("\\", "/").split("/")[-1] == pr.pr_file, (
            f"{pr.where}: finding {file!r} line {line} names the wrong file: the pull request is "
            f"{pr.pr_file!r}")
        assert isinstance(line, int) and not isinstance(line, bool) and line >= 1, (
            f"{pr.where}: line {line!r} is not a line number of {pr.pr_file} (1 is the first)")
        assert category in categories, (
            f"{pr.where}: category {category!r} on line {line} is not one of {categories}")
        assert isinstance(comment, str) and len(comment.split()) >= MIN_COMMENT_WORDS, (
            f"{pr.where}: the comment on line {line} ({comment!r}) is too short to act on: say "
            "what is wrong, why it matters and what to do instead")


def check_fault_found(findings: object, pr: PullRequestUnderReview, fault: PlantedFault) -> None:
    rows = normalise(findings, pr)
    near = [(line, category) for _, line, category, _ in rows
            if isinstance(line, int) and fault.covers(line)]
    if any(category in fault.categories for _, category in near):
        return
    if near:
        line, category = near[0]
        pytest.fail(f"{pr.where}: your finding on line {line} points at a real problem but files "
                    f"it as {category!r}: which category describes it? ({fault.nudge})")
    pytest.fail(f"{pr.where} misses a serious problem in {pr.pr_file}: {fault.nudge}")


def check_few_false_alarms(findings: object, pr: PullRequestUnderReview) -> None:
    rows = normalise(findings, pr)
    alarms = sorted({line for _, line, _, _ in rows
                     if not any(fault.covers(line) for fault in pr.faults)
                     and line not in pr.minor_lines})
    assert len(alarms) <= MAX_FALSE_ALARMS, (
        f"{pr.where} raises {len(alarms)} findings that point at nothing wrong (lines "
        f"{alarms[:12]}{' …' if len(alarms) > 12 else ''}); at most {MAX_FALSE_ALARMS} are "
        "tolerated: a review that flags everything hides the problems that matter")
