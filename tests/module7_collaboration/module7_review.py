"""Shared checks for the three review katas (7.1–7.3): findings against the planted faults.

Imported by test_pr1_review.py, test_pr2_review.py and test_pr3_review.py.

The answers are not stored here in plain text. ``review_digests.json`` holds, per pull request,
salted scrypt digests of the (line, category) pairs that find each planted fault (every line of
the fault's span, one line either side, and any other line a reviewer may rightly anchor it to),
and of the pairs never counted as false alarms: every category on a line of a fault or of a
real but minor problem, and the fault's own categories one line either side of its span (a
"performance" remark next to a leak points at nothing). A finding is checked by computing its own digest, so the
tests never hold an answer they could show. Recovering the answers means computing a slow hash
for every line and category of a pull request; reviewing it is quicker.

Maintainers: the spans are kept beside the worked reviews, in
``reference/module7_collaboration/planted_faults.toml`` (maintainers only, never in a student's
copy), which the worked reviews also read for the lines they comment on. After editing a pull
request stub, move its lines there and rewrite the digests with
``uv run --no-sync python -m tests.module7_collaboration.module7_review``.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

#: A finding this many lines away from a fault's lines still points at it.
LINE_TOLERANCE = 1
#: Findings that point at nothing wrong, tolerated per review.
MAX_FALSE_ALARMS = 2
#: More distinct (line, category) findings than this is a review by enumeration, not a review.
MAX_FINDINGS = 15
MIN_COMMENT_WORDS = 6
DIGESTS_FILE = Path(__file__).with_name("review_digests.json")
_SALT = b"ml-katas review findings v1:"
_SCRYPT = {"n": 2**15, "r": 8, "p": 1, "maxmem": 2**26, "dklen": 16}


@functools.cache
def finding_digest(pr_file: str, line: int, category: str) -> str:
    """The salted, deliberately slow digest of one finding's (line, category) in ``pr_file``."""
    return hashlib.scrypt(f"{line}:{category}".encode(), salt=_SALT + pr_file.encode(),
                          **_SCRYPT).hex()


@dataclass(frozen=True)
class PlantedFault:
    """A serious problem in a pull request, known to the tests only by its digests."""

    name: str
    nudge: str  # where to look, without giving the line away
    digests: frozenset[str]


@dataclass(frozen=True)
class PullRequestUnderReview:
    function: str  # e.g. "review_pr1"
    kata_file: str  # e.g. "pr1_review.py"
    pr_file: str  # e.g. "pr1_features.py"
    faults: tuple[PlantedFault, ...]
    known: frozenset[str]  # digests of every (line, category) on a fault or minor-problem line

    @property
    def where(self) -> str:
        return f"{self.function} (katas/module7_collaboration/{self.kata_file})"


def load_pull_request(function: str, kata_file: str, pr_file: str,
                      nudges: dict[str, str]) -> PullRequestUnderReview:
    """The planted faults of ``pr_file`` from ``review_digests.json``, with the tests' nudges."""
    stored = json.loads(DIGESTS_FILE.read_text(encoding="utf-8"))[pr_file]
    faults = tuple(PlantedFault(name, nudges[name], frozenset(stored["faults"][name]))
                   for name in sorted(stored["faults"]))
    return PullRequestUnderReview(function, kata_file, pr_file, faults, frozenset(stored["known"]))


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


def _checked_pairs(findings: object, pr: PullRequestUnderReview) -> set[tuple[int, str]]:
    """The distinct (line, category) pairs of the findings, refusing a review by enumeration."""
    pairs = {(line, category) for _, line, category, _ in normalise(findings, pr)
             if isinstance(line, int) and not isinstance(line, bool) and isinstance(category, str)}
    assert len(pairs) <= MAX_FINDINGS, (
        f"{pr.where} raises {len(pairs)} distinct findings; a review that flags line after line "
        f"hides the problems that matter. Raise what would block the merge (at most {MAX_FINDINGS})")
    return pairs


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
    pairs = _checked_pairs(findings, pr)
    if any(finding_digest(pr.pr_file, line, category) in fault.digests for line, category in pairs):
        return
    pytest.fail(f"{pr.where} misses a serious problem in {pr.pr_file}: {fault.nudge} (if you "
                "flagged the right line, check the category: which one names the problem?)",
                pytrace=False)


def check_few_false_alarms(findings: object, pr: PullRequestUnderReview) -> None:
    pairs = _checked_pairs(findings, pr)
    alarms = sorted({line for line, category in pairs
                     if finding_digest(pr.pr_file, line, category) not in pr.known})
    assert len(alarms) <= MAX_FALSE_ALARMS, (
        f"{pr.where} raises {len(alarms)} findings that point at nothing serious (lines "
        f"{alarms}); at most {MAX_FALSE_ALARMS} are tolerated: a review that flags everything "
        "hides the problems that matter")


def digests_for(pr_file: str, faults: dict[str, dict], minor_lines: list[int],
                categories: tuple[str, ...]) -> dict:
    """Maintainers: the stored form of one pull request's planted faults.

    ``faults`` maps a fault's name to ``{"first": int, "last": int, "categories": [...],
    "elsewhere": [int, ...]}`` (``elsewhere`` optional); ``minor_lines`` are the lines of real
    but minor problems.
    """
    def own_lines(fault: dict) -> set[int]:
        return set(range(fault["first"], fault["last"] + 1)) | set(fault.get("elsewhere", ()))

    def lines_of(fault: dict) -> set[int]:
        return (set(range(fault["first"] - LINE_TOLERANCE, fault["last"] + LINE_TOLERANCE + 1))
                | set(fault.get("elsewhere", ())))

    stored_faults = {name: sorted(finding_digest(pr_file, line, category)
                                  for line in lines_of(fault) for category in fault["categories"])
                     for name, fault in faults.items()}
    # Any category on a fault's own lines or a minor problem's line; the line either side of a
    # fault only under the fault's categories (a finding there points at the fault or at nothing).
    known_lines = set(minor_lines).union(*(own_lines(fault) for fault in faults.values()))
    known = {finding_digest(pr_file, line, category)
             for line in known_lines for category in categories}
    known.update(*(stored_faults.values()))
    return {"faults": stored_faults, "known": sorted(known)}


PLANTED_FILE = Path(__file__).resolve().parents[2] / "reference" / "module7_collaboration" / "planted_faults.toml"


def main() -> None:
    """Maintainers: rewrite ``review_digests.json`` from ``PLANTED_FILE``."""
    stored = {}
    for pr_file, planted in tomllib.loads(PLANTED_FILE.read_text(encoding="utf-8")).items():
        kata = importlib.import_module(f"katas.module7_collaboration.{Path(planted['review']).stem}")
        stored[pr_file] = digests_for(pr_file, planted["faults"], planted["minor_lines"], kata.CATEGORIES)
    DIGESTS_FILE.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
