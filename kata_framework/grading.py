"""Points, exactly as GitHub Classroom awards them: ``uv run nox -s grade``.

The rule, one for every caller (``grade``, ``progress``, ``capstone``, the Classroom workflow and
the instructors' batch grader):

* Each module's tests run in their own pytest process, so code that breaks one module (an
  import error, a crash) costs that module only.
* A kata's points (from the catalog) are shared equally by its tests; a test earns its share
  when it passes. Failed, not started, skipped and errored tests earn 0, and a test file that
  cannot be collected counts as one errored test. Tests marked ``guard`` (the starting code
  already passes them) earn nothing, so untouched starting code scores 0 everywhere.
* A kata is *done* when every one of its tests passes.

``grade`` prints the points per module and the total, and writes one JSON file per module in the
format the Classroom grading reporter reads (``.kata/grade/module3.json``);
``--github-output`` also hands that JSON to the workflow step, base64-encoded, as the reporter
expects. It warns, naming the files, when the tests, catalog, framework or workflow differ
from the released ones.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import ROOT, Kata, Module, load_catalog
from .results import run_recorded

#: A recorded outcome -> the Classroom reporter's status.
STATUS = {"passed": "pass", "failed": "fail", "not started": "fail", "skipped": "fail",
          "error": "error", "broken": "error"}
GRADE_DIR = ROOT / ".kata" / "grade"


@dataclass(frozen=True)
class TestResult:
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


@dataclass
class ModuleGrade:
    module: Module
    katas: list[KataGrade]
    problem: str | None = None  # why the module's tests did not run, when they did not
    output: str = field(default="", repr=False)

    @property
    def points(self) -> float:
        return round(sum(k.points for k in self.katas), 2)

    @property
    def max_points(self) -> int:
        return self.module.points

    @property
    def completed(self) -> bool:
        return all(k.done for k in self.katas)


#: Shares are whole multiples of 1/64: exact in binary floating point, so however the Classroom
#: reporter adds them up, a module whose tests all pass shows exactly its points.
UNIT = 64


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
    pass for the kata to be done). Node ids are sorted, so the odd 64ths always go to the same
    tests."""
    nodeids = sorted(outcomes)
    scored = [n for n in nodeids if n not in guards] or nodeids
    share = dict(zip(scored, shares(kata.points, len(scored))))
    tests = [TestResult(n, outcomes[n], share.get(n, 0.0) if outcomes[n] == "passed" else 0.0, n in guards)
             for n in nodeids]
    return KataGrade(kata, tests)


def grade_module(module: Module, record: dict | None, output: str = "") -> ModuleGrade:
    """Score a module from the plugin's record of its test run (None: the run crashed)."""
    if record is None:
        tail = "\n".join(output.strip().splitlines()[-15:]) or (
            "pytest ended without a word: does a kata file of this module exit or crash the interpreter "
            f"when imported? uv run nox -s {module.session} shows where it stops")
        return ModuleGrade(module, [KataGrade(k, []) for k in module.katas],
                           problem=f"the tests of module {module.number} did not run:\n{tail}", output=output)
    by_kata: dict[str, dict[str, str]] = {}
    guards = {nodeid for nodeid, entry in record["tests"].items() if entry.get("guard")}
    for nodeid, entry in record["tests"].items():
        if entry["kata"]:
            by_kata.setdefault(entry["kata"], {})[nodeid] = entry["outcome"]
    return ModuleGrade(module, [grade_kata(k, by_kata.get(k.id, {}), guards) for k in module.katas],
                       output=output)


def ensure_data(root: Path = ROOT) -> None:
    """Generate the datasets under ``root`` unless they are current (the tests' own check), once,
    before parallel test processes would race to write them."""
    subprocess.run([sys.executable, "-c", "from kata_framework.data import data_dir; data_dir()"],
                   cwd=root, check=True, capture_output=True)


def run_module(module: Module, impl: str | None = None, cwd: Path = ROOT,
               extra: tuple[str, ...] = ()) -> ModuleGrade:
    """Run one module's tests in a fresh pytest process under ``cwd`` and score them."""
    args = ["-q", "--tb=no", *([f"--impl={impl}"] if impl else []), *extra,
            module.tests_dir.relative_to(ROOT).as_posix()]
    record, completed = run_recorded(*args, cwd=cwd)
    return grade_module(module, record, completed.stdout + completed.stderr)


def run_modules(modules: list[Module] | tuple[Module, ...], impl: str | None = None, cwd: Path = ROOT,
                jobs: int = 2, extra: tuple[str, ...] = ()) -> list[ModuleGrade]:
    """Grade several modules, ``jobs`` pytest processes at a time, in module order."""
    ensure_data(cwd)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(lambda m: run_module(m, impl, cwd, extra), modules))


def classroom_result(grade: ModuleGrade) -> dict:
    """The module's result in the format the Classroom grading reporter reads: one entry per
    test with its score, so partial credit shows in the Classroom."""
    tests = []
    for kata_grade in grade.katas:
        kata = kata_grade.kata
        where = f"edit {kata.display_path}; details: uv run nox -s {grade.module.session} -- --kata {kata.id}"
        for test in kata_grade.tests:
            status = STATUS.get(test.outcome, "error")
            tests.append({
                "name": f"{kata.id} {test.nodeid.split('/')[-1]}", "status": status, "score": test.score,
                "message": "" if status == "pass" else f"{test.outcome}: {where}",
                "filename": test.nodeid.split("::")[0], "line_no": 0,
            })
        if not kata_grade.tests:
            tests.append({"name": f"{kata.id} {kata.title}", "status": "error", "score": 0,
                          "message": grade.problem or f"no test of kata {kata.id} ran: {where}",
                          "filename": kata.test_paths[0].relative_to(ROOT).as_posix(), "line_no": 0})
    statuses = {t["status"] for t in tests}
    status = "error" if "error" in statuses else "fail" if "fail" in statuses else "pass"
    return {"version": 1, "status": status, "max_score": grade.max_points, "tests": tests}


def render(grades: list[ModuleGrade], impl: str) -> str:
    lines = [f"Grade ({impl}/): each kata's points are shared by its tests; a passing test earns its share.",
             f"{'module':<8}{'points':>16}  {'katas done':<11} title", "-" * 72]
    for g in grades:
        done = sum(k.done for k in g.katas)
        lines.append(f"{g.module.number:<8}{g.points:>8.2f} / {g.max_points:<5}  {done:>2}/{len(g.katas):<8} "
                     f"{g.module.title}{'  (tests did not run)' if g.problem else ''}")
    earned = round(sum(g.points for g in grades), 2)
    total = sum(g.max_points for g in grades)
    lines += ["-" * 72, f"{'total':<8}{earned:>8.2f} / {total}"]
    return "\n".join(lines)


def write_results(grades: list[ModuleGrade], directory: Path = GRADE_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for g in grades:
        (directory / f"module{g.module.number}.json").write_text(
            json.dumps(classroom_result(g), indent=1), encoding="utf-8")


def github_output(grade: ModuleGrade) -> None:
    """Hand the result to the workflow step as ``result`` (base64 JSON, what the reporter decodes)."""
    encoded = base64.b64encode(json.dumps(classroom_result(grade)).encode()).decode()
    with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as handle:
        handle.write(f"result={encoded}\n")


def tamper_warning(root: Path = ROOT) -> str:
    """A warning naming the released files that differ here, or '' when none do."""
    from .release import changed_files

    changes = changed_files(root)
    if not changes:
        return ""
    listed = "\n".join(f"  {how}: {path}" for path, how in changes)
    return ("WARNING: these files differ from the released ones. Graders restore the released\n"
            "tests, catalog, framework and workflow before grading, so edits there earn nothing:\n"
            f"{listed}\n(`git checkout -- <file>` brings a file back.)")


def chosen_impl(parser: argparse.ArgumentParser, requested: str | None) -> str:
    """``--impl``, else ``KATA_IMPL``, else ``katas``; a usage error when that folder is absent."""
    impl = requested or os.environ.get("KATA_IMPL") or "katas"
    if not (ROOT / impl).is_dir():
        parser.error(f"there is no {impl}/ folder in this copy (KATA_IMPL={os.environ.get('KATA_IMPL', '')!r})")
    return impl


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="uv run nox -s grade --",
                                     description="Grade your katas exactly as GitHub Classroom does.")
    parser.add_argument("--module", type=int, action="append", default=[], help="only this module (repeatable)")
    parser.add_argument("--impl", choices=["katas", "reference"], default=None,
                        help="which code to grade (default: KATA_IMPL, else katas)")
    parser.add_argument("--github-output", action="store_true",
                        help="(Classroom workflow) pass the module's result to the step's outputs")
    args = parser.parse_args(argv)
    known = {m.number: m for m in load_catalog()}
    unknown = [n for n in args.module if n not in known]
    if unknown:
        parser.error(f"no module {unknown[0]}; modules are {', '.join(map(str, known))}")
    modules = [known[n] for n in args.module] if args.module else list(known.values())
    if args.github_output and len(modules) != 1:
        parser.error("--github-output grades one module: add --module N")
    if args.github_output and not os.environ.get("GITHUB_OUTPUT"):
        parser.error("--github-output runs inside a GitHub Actions step (GITHUB_OUTPUT is not set)")
    impl = chosen_impl(parser, args.impl)
    print(f"Grading {len(modules)} module(s) against {impl}/, one pytest process per module...", flush=True)
    grades = run_modules(modules, impl)
    print(render(grades, impl))
    for g in grades:
        if g.problem:
            print(f"\nModule {g.module.number}: {g.problem}")
        for k in g.katas:
            if k.broken:
                print(f"BROKEN {k.kata.id}: its tests cannot import {k.kata.display_path}; "
                      f"uv run nox -s {g.module.session} shows the error")
    write_results(grades)
    print(f"\nThe same results in the Classroom reporter's format: {GRADE_DIR.relative_to(ROOT).as_posix()}/")
    if args.github_output:
        github_output(grades[0])
    warning = tamper_warning()
    if warning:
        print("\n" + warning)
    return 0


if __name__ == "__main__":
    sys.exit(main())
