"""The scoring rule, shared by the pytest plugin's summary and every grading command.

A kata's points (from the catalog) are shared equally by its tests, in whole 64ths so the shares
add up exactly; a test earns its share when it passes. A kata may set aside points for the tests
of one file (``points_by_file`` in the catalog: the capstone's model-quality tests): those tests
share that part equally, and the kata's other tests share the rest. Tests marked ``guard`` (the starting code
already passes them) earn nothing. A kata is *done* when every one of its tests passes.

Standard library only, and nothing from the commands: the plugin imports it inside the learner's
test process.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import Kata

#: Shares are whole multiples of 1/64: exact in binary floating point, so however the Classroom
#: reporter adds them up, a module whose tests all pass shows exactly its points.
UNIT = 64


@dataclass(frozen=True)
class TestResult:
    __test__ = False  # not a pytest test class

    nodeid: str
    outcome: str
    score: float  # the share of the kata's points this test earned
    guard: bool = False  # passes on the starting code: earns nothing, must stay green


@dataclass
class KataGrade:
    kata: Kata
    tests: list[TestResult]

    @property
    def points(self) -> float:
        return round(sum(t.score for t in self.tests), 2)

    @property
    def passed(self) -> int:
        return sum(t.outcome == "passed" for t in self.tests)

    @property
    def done(self) -> bool:
        return bool(self.tests) and self.passed == len(self.tests)

    @property
    def started(self) -> bool:
        """Whether the learner's work shows: a test passes that the starting code fails."""
        return any(t.outcome == "passed" and not t.guard for t in self.tests)

    @property
    def broken(self) -> bool:
        """Whether a test file of the kata could not import the learner's code."""
        return any(t.outcome == "broken" for t in self.tests)


def shares(points: int, count: int) -> list[float]:
    """``points`` split into ``count`` near-equal shares (whole 64ths) that add up exactly.

    >>> shares(10, 3)
    [3.34375, 3.328125, 3.328125]
    """
    if count == 0:
        return []
    base, extra = divmod(points * UNIT, count)
    return [(base + (1 if i < extra else 0)) / UNIT for i in range(count)]


def grade_kata(kata: Kata, outcomes: dict[str, str], guards: set[str] = frozenset()) -> KataGrade:
    """Score one kata from ``{nodeid: outcome}`` of its tests.

    The kata's points are shared by its tests except the ``guards`` (tests marked
    ``@pytest.mark.guard``: the starting code already passes them, so they earn nothing but must
    pass for the kata to be done); the points ``points_by_file`` sets aside for a file are shared
    by that file's tests only. Node ids are sorted, so the odd 64ths always go to the same
    tests."""
    nodeids = sorted(outcomes)
    scored = [n for n in nodeids if n not in guards] or nodeids
    set_aside = dict(kata.points_by_file)
    groups: dict[str, list[str]] = {}
    for nodeid in scored:
        file = nodeid.split("::", 1)[0].rsplit("/", 1)[-1]
        groups.setdefault(file if file in set_aside else "", []).append(nodeid)
    share: dict[str, float] = {}
    for file, members in groups.items():
        points = set_aside[file] if file else kata.points - sum(set_aside.values())
        share.update(zip(members, shares(points, len(members))))
    tests = [TestResult(n, outcomes[n], share.get(n, 0.0) if outcomes[n] == "passed" else 0.0, n in guards)
             for n in nodeids]
    return KataGrade(kata, tests)
