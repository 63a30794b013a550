"""Points, exactly as GitHub Classroom awards them: ``uv run nox -s grade``.

The rule, one for every caller (``grade``, ``progress``, ``capstone``, the Classroom workflow and
the instructors' batch grader):

* Each module's tests run in their own pytest process, so code that breaks one module (an
  import error, a crash) costs that module only.
* A kata's points (from the catalog) are shared equally by its tests; a test earns its share
  when it passes (:mod:`kata_framework.scoring`). Failed, not started, skipped and errored tests
  earn 0, and a test file that cannot be collected counts as one errored test. Tests marked
  ``guard`` (the starting code already passes them) earn nothing, so untouched starting code
  scores 0 everywhere.
* A kata is *done* when every one of its tests passes.

How a grade is protected:

* pytest runs isolated (:func:`kata_framework.results.run_isolated`): the released
  configuration only, a stripped environment, no user site-packages. When the copy holds files
  the release does not have (test configuration, ``conftest.py``, ``sitecustomize.py``, ``.pth``:
  :func:`kata_framework.released.changed_files`), a copy without them is graded. Every module's
  result names what differs from the release (a *TAMPERED* entry in the Classroom result).
* A test is stopped after :data:`TEST_TIMEOUT` seconds, a module's pytest after
  :data:`MODULE_TIMEOUT`; a module that could not be graded earns 0 with a message naming each
  kata, and so does every module when the datasets cannot be generated or the grader fails.

``grade`` prints the points per module and the total, and writes one JSON file per module in the
format the Classroom grading reporter reads (``.kata/grade/module3.json``). ``--github-output``
(the Classroom step) writes a 0-point result to the step's outputs before it starts, replaces it
with the module's result (base64 JSON, as the reporter expects) at the end, and appends the
module's per-kata table to the job summary.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import subprocess
import sys
import tempfile
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import ROOT, Module, has_worked_solutions, load_catalog
from .released import changed_files, clean_copy
from .results import IsolatedRun, clean_environment, run_isolated, run_isolated_many
from .scoring import KataGrade, grade_kata
from .warm import WarmRunner

#: A recorded outcome -> the Classroom reporter's status.
STATUS = {"passed": "pass", "failed": "fail", "not started": "fail", "skipped": "fail",
          "error": "error", "broken": "error"}
GRADE_DIR = ROOT / ".kata" / "grade"
#: While grading, a test is stopped after this many seconds (tests that need longer say so with
#: their own ``@pytest.mark.timeout``). The slowest reference test takes about 2 s.
TEST_TIMEOUT = 10
#: A module's pytest process is stopped after this many seconds: its module then earns 0 with a
#: message, and the grader still writes its result (the Classroom step allows a little more).
MODULE_TIMEOUT = 480


@dataclass
class ModuleGrade:
    module: Module
    katas: list[KataGrade]
    problem: str | None = None  # why the module's tests did not run, when they did not
    output: str = field(default="", repr=False)
    messages: dict[str, str] = field(default_factory=dict, repr=False)  # nodeid -> first failure line
    tampered: list[tuple[str, str]] = field(default_factory=list)  # (path, how) unlike the release

    @property
    def points(self) -> float:
        return round(sum(k.points for k in self.katas), 2)

    @property
    def max_points(self) -> int:
        return self.module.points

    @property
    def completed(self) -> bool:
        return all(k.done for k in self.katas)

    def first_failure(self, kata_grade: KataGrade) -> str:
        """The first red test's message of a kata (by node id), or why none of its tests ran."""
        for test in kata_grade.tests:
            if test.outcome != "passed":
                message = self.messages.get(test.nodeid) or test.outcome
                return f"{message} (in {test.nodeid.split('::')[-1]})"
        return "" if kata_grade.tests else (self.problem or "none of its tests ran").splitlines()[0]


def grade_module(module: Module, record: dict | None, output: str = "", messages: dict[str, str] | None = None,
                 problem: str | None = None) -> ModuleGrade:
    """Score a module from the plugin's record of its test run (None: the run crashed or was
    stopped; ``problem`` then says why, else the end of ``output`` does)."""
    if record is None:
        tail = "\n".join(output.strip().splitlines()[-15:]) or (
            "pytest ended without a word: does a kata file of this module exit or crash the interpreter "
            f"when imported? uv run nox -s {module.session} shows where it stops")
        return failed_module(module, problem or f"the tests of module {module.number} did not run:\n{tail}", output)
    by_kata: dict[str, dict[str, str]] = {}
    guards = {nodeid for nodeid, entry in record["tests"].items() if entry.get("guard")}
    for nodeid, entry in record["tests"].items():
        if entry["kata"]:
            by_kata.setdefault(entry["kata"], {})[nodeid] = entry["outcome"]
    return ModuleGrade(module, [grade_kata(k, by_kata.get(k.id, {}), guards) for k in module.katas],
                       output=output, messages=dict(messages or {}))


def failed_module(module: Module, problem: str, output: str = "") -> ModuleGrade:
    """A module whose tests could not be graded: every kata 0 points, and why."""
    return ModuleGrade(module, [KataGrade(k, []) for k in module.katas], problem=problem, output=output)


def ensure_data(root: Path = ROOT, in_process: bool = False) -> None:
    """Generate the datasets under ``root`` unless they are current (the tests' own check), once,
    before parallel test processes would race to write them. Raises ``RuntimeError`` saying why
    when that fails. ``in_process`` checks in this process, for a warm runner's parent that holds
    numpy and pandas already; otherwise a fresh interpreter does it."""
    if in_process:
        try:
            from data import generate_dataset  # the repository's own generator, as the tests run it
        except ImportError:  # started from another folder: a fresh interpreter in root does it
            return ensure_data(root)
        try:
            generate_dataset.ensure_generated(root / "data" / "generated")
        except Exception as error:  # noqa: BLE001 - any failure is reported the same way
            raise RuntimeError(f"the datasets could not be generated (uv run nox -s data): "
                               f"{type(error).__name__}: {error}") from None
        return None
    try:
        subprocess.run([sys.executable, "-s", "-c", "from kata_framework.data import data_dir; data_dir()"],
                       cwd=root, check=True, capture_output=True, text=True, env=clean_environment(), timeout=600)
    except subprocess.CalledProcessError as error:
        tail = "\n".join((error.stdout + error.stderr).strip().splitlines()[-8:])
        raise RuntimeError(f"the datasets could not be generated (uv run nox -s data):\n{tail}") from None
    except subprocess.TimeoutExpired:
        raise RuntimeError("generating the datasets took more than 10 minutes (uv run nox -s data)") from None


def _module_args(module: Module, impl: str | None, extra: tuple[str, ...]) -> list[str]:
    return ["-q", "--tb=short", f"--timeout={TEST_TIMEOUT}", *([f"--impl={impl}"] if impl else []), *extra,
            module.tests_dir.relative_to(ROOT).as_posix()]


def _graded(module: Module, run: IsolatedRun, timeout: float) -> ModuleGrade:
    problem = None
    if run.timed_out:
        problem = (f"grading module {module.number} was stopped after {timeout:.0f} s, so it earns 0: "
                   f"does code in {module.katas[0].display_path.rsplit('/', 1)[0]}/ loop forever or wait "
                   f"for something? uv run nox -s {module.session} shows which test hangs")
    return grade_module(module, run.record, run.output, run.messages, problem)


def run_module(module: Module, impl: str | None = None, cwd: Path = ROOT, extra: tuple[str, ...] = (),
               home: Path | None = None, timeout: float = MODULE_TIMEOUT) -> ModuleGrade:
    """Run one module's tests in a fresh, isolated pytest process under ``cwd`` and score them
    (see :func:`kata_framework.results.run_isolated`)."""
    return _graded(module, run_isolated(*_module_args(module, impl, extra), cwd=cwd, timeout=timeout, home=home),
                   timeout)


def run_modules(modules: list[Module] | tuple[Module, ...], impl: str | None = None, cwd: Path = ROOT,
                jobs: int = 2, extra: tuple[str, ...] = (), runner: WarmRunner | None = None) -> list[ModuleGrade]:
    """Grade several modules, ``jobs`` pytest processes at a time, in module order. When the
    datasets cannot be generated, every module earns 0 with that reason.

    With a warm ``runner`` (and ``cwd`` the repository itself), each module's process is forked
    from the runner's interpreter, which imported the third-party stack once, instead of starting
    cold: the same isolated run, several seconds sooner per module."""
    warm = runner is not None and runner.warm and cwd == ROOT
    try:
        ensure_data(cwd, in_process=warm)
    except RuntimeError as error:
        return [failed_module(m, str(error)) for m in modules]
    if warm:
        runs = run_isolated_many([_module_args(m, impl, extra) for m in modules], cwd=cwd, timeout=MODULE_TIMEOUT,
                                 runner=runner, jobs=jobs)
        return [_graded(m, run, MODULE_TIMEOUT) for m, run in zip(modules, runs, strict=True)]
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(lambda m: run_module(m, impl, cwd, extra), modules))


def kata_status(kata_grade: KataGrade) -> str:
    """DONE, BROKEN, NOT STARTED (nothing of the learner's passes yet, a stub still raises) or TODO."""
    if kata_grade.done:
        return "DONE"
    if kata_grade.broken:
        return "BROKEN"
    if not kata_grade.started and any(t.outcome == "not started" for t in kata_grade.tests):
        return "NOT STARTED"
    return "TODO"


def _tamper_entry(grade: ModuleGrade) -> dict:
    listed = "; ".join(f"{how}: {path}" for path, how in grade.tampered)
    return {"name": "TAMPERED: files differ from the released ones", "status": "error", "score": 0,
            "message": (f"graded without the added files and flagged for the instructor ({listed}); "
                        "git checkout -- <file> restores a released file, delete the files you added"),
            "filename": grade.tampered[0][0], "line_no": 0}


#: The reporter reads each module's result from one environment variable, and Linux refuses a
#: variable longer than 128 KiB: a result handed to it stays below this many bytes, base64-encoded.
RESULT_LIMIT = 96 * 1024
#: A red test's message in the result: at most this many characters of its failure's first line.
MESSAGE_LIMIT = 200


def classroom_result(grade: ModuleGrade, detail: str = "tests") -> dict:
    """The module's result in the format the Classroom grading reporter reads.

    ``detail="tests"``: one entry per test with its score, so partial credit shows in the
    Classroom; a red test's message is the first line of its failure and the file to edit.
    ``"terse"``: the same, with a message only on the first red test of each kata. ``"katas"``:
    one entry per kata with the kata's points. The scores add up to the same total in each. A
    tampered copy gets one more entry, with no points, naming the files."""
    tests = []
    for kata_grade in grade.katas:
        kata = kata_grade.kata
        where = f"edit {kata.display_path}; details: uv run nox -s {grade.module.session} -- --kata {kata.id}"
        red = [t for t in kata_grade.tests if t.outcome != "passed"]
        if detail == "katas" and kata_grade.tests:
            status = "pass" if not red else "error" if kata_grade.broken else "fail"
            tests.append({"name": f"{kata.id} {kata.title}", "status": status,
                          "score": sum(t.score for t in kata_grade.tests),  # whole 64ths: exact
                          "message": "" if not red else f"{grade.first_failure(kata_grade)[:MESSAGE_LIMIT]} ({where})",
                          "filename": kata.test_paths[0].relative_to(ROOT).as_posix(), "line_no": 0})
            continue
        for test in kata_grade.tests:
            status = STATUS.get(test.outcome, "error")
            message = (grade.messages.get(test.nodeid) or test.outcome)[:MESSAGE_LIMIT]
            if status == "pass" or (detail == "terse" and test is not red[0]):
                message = ""
            else:
                message = f"{message} ({where})"
            tests.append({
                "name": f"{kata.id} {test.nodeid.split('/')[-1]}", "status": status, "score": test.score,
                "message": message, "filename": test.nodeid.split("::")[0], "line_no": 0,
            })
        if not kata_grade.tests:
            problem = "\n".join((grade.problem or "").splitlines()[:3])
            tests.append({"name": f"{kata.id} {kata.title}", "status": "error", "score": 0,
                          "message": problem or f"no test of kata {kata.id} ran: {where}",
                          "filename": kata.test_paths[0].relative_to(ROOT).as_posix(), "line_no": 0})
    if grade.tampered:
        tests.append(_tamper_entry(grade))
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


def render_katas(grades: list[ModuleGrade], width: int = 110) -> str:
    """One line per kata that is not done: its status, points and first failure message."""
    lines = []
    for g in grades:
        for k in g.katas:
            status = kata_status(k)
            if status != "DONE":
                line = (f"{k.kata.id:<5} {status:<11} {k.points:>6.2f} / {k.kata.points:<3} "
                        f"{g.first_failure(k).replace(chr(10), ' ')}")
                lines.append(line if len(line) <= width else line[:width - 3] + "...")
    return "\n".join(["Katas not done yet (first failure of each):", *lines]) if lines else "Every kata is done."


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def summary_markdown(grade: ModuleGrade) -> str:
    """The module's section of the job summary: per kata its points, status and, when red, the
    first failure message. These are the points the Classroom notice adds up."""
    done = sum(k.done for k in grade.katas)
    lines = [f"### Module {grade.module.number}: {grade.module.title}: {grade.points:.2f} / {grade.max_points} "
             f"points, {done}/{len(grade.katas)} katas done", ""]
    if grade.tampered:
        lines += [f"**TAMPERED**: {_cell('; '.join(f'{how}: {path}' for path, how in grade.tampered))}", ""]
    if grade.problem:
        lines += [f"**Not graded**: {_cell(grade.problem.splitlines()[0])}", ""]
    lines += ["| kata | points | status | first failure |", "|---|---:|---|---|"]
    for k in grade.katas:
        status = kata_status(k)
        failure = "" if status == "DONE" else _cell(grade.first_failure(k))
        lines.append(f"| {k.kata.id} {_cell(k.kata.title)} | {k.points:.2f} / {k.kata.points} | {status} | {failure} |")
    return "\n".join(lines) + "\n\n"


def write_results(grades: list[ModuleGrade], directory: Path = GRADE_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for g in grades:
        (directory / f"module{g.module.number}.json").write_text(
            json.dumps(classroom_result(g), indent=1), encoding="utf-8")


def encoded_result(grade: ModuleGrade) -> str:
    """The result as the reporter decodes it (base64 of the JSON), in the most detailed form that
    stays under :data:`RESULT_LIMIT`."""
    for detail in ("tests", "terse", "katas"):
        encoded = base64.b64encode(json.dumps(classroom_result(grade, detail)).encode()).decode()
        if len(encoded) <= RESULT_LIMIT:
            break
    return encoded


def set_github_result(grade: ModuleGrade, start: int) -> None:
    """Make ``result`` the step's only output: cut ``GITHUB_OUTPUT`` back to ``start`` bytes (its
    size before this step wrote to it) and write the result there."""
    with open(os.environ["GITHUB_OUTPUT"], "a+b") as handle:
        handle.truncate(start)
        handle.write(f"result={encoded_result(grade)}\n".encode())


def tamper_warning(changes: list[tuple[str, str]]) -> str:
    """A warning naming the files that differ from the release, or '' when none do."""
    if not changes:
        return ""
    listed = "\n".join(f"  {how}: {path}" for path, how in changes)
    return ("WARNING: these files differ from the released ones. Graders grade without added\n"
            "configuration and restore the released tests, catalog, framework and workflow, so\n"
            "edits there earn nothing; the submission is flagged for the instructor:\n"
            f"{listed}\n(`git checkout -- <file>` brings a released file back; delete files you added.)")


def chosen_impl(parser: argparse.ArgumentParser, requested: str | None) -> str:
    """``--impl``, else ``KATA_IMPL``, else ``katas``; a usage error when that folder is absent."""
    impl = requested or os.environ.get("KATA_IMPL") or "katas"
    if not (ROOT / impl).is_dir():
        parser.error(f"there is no {impl}/ folder in this copy (KATA_IMPL={os.environ.get('KATA_IMPL', '')!r})")
    return impl


def grade_here(modules: list[Module], impl: str, root: Path = ROOT, jobs: int = 2,
               runner: WarmRunner | None = None) -> list[ModuleGrade]:
    """Grade ``root`` as the Classroom does: when it holds files the release does not have (test
    configuration, conftest.py, sitecustomize.py, .pth...), grade a copy without them. Every
    module's grade lists how ``root`` differs from the release where that can touch the module
    (see :func:`concerns`). A warm ``runner`` grades the
    repository itself faster (see :func:`run_modules`); a copy is always graded cold."""
    changes = changed_files(root)
    if any(how == "added" for _, how in changes):
        with tempfile.TemporaryDirectory(prefix="kata-grade-") as tmp:
            copy = Path(tmp) / "copy"
            clean_copy(root, copy)
            grades = run_modules(modules, impl, copy, jobs)
    else:
        grades = run_modules(modules, impl, root, jobs, runner=runner)
    folders = {module.folder for module in load_catalog()}
    for g in grades:
        g.tampered = [change for change in changes if concerns(change[0], g.module, folders)]
    return grades


def _owning_folder(path: str, folders: set[str]) -> str | None:
    """The module folder a file belongs to (its tests, katas, worked solutions or catalog)."""
    parts = path.split("/")
    if len(parts) >= 3 and parts[0] in ("tests", "katas", "reference") and parts[1] in folders:
        return parts[1]
    if len(parts) == 2 and parts[0] == "catalog" and parts[1].removesuffix(".toml") in folders:
        return parts[1].removesuffix(".toml")
    return None


def concerns(path: str, module: Module, folders: set[str]) -> bool:
    """Whether a file that differs from the release can change ``module``'s grade: a file of
    one module's own folders concerns that module only; anything else (configuration, the
    framework, shared fixtures, ``.pth`` files) concerns every module."""
    return _owning_folder(path, folders) in (None, module.folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="uv run nox -s grade --",
                                     description="Grade your katas exactly as GitHub Classroom does.")
    parser.add_argument("--module", type=int, action="append", default=[], help="only this module (repeatable)")
    parser.add_argument("--impl", choices=["katas", "reference"], default=None,
                        help="which code to grade (default: KATA_IMPL, else katas)" if has_worked_solutions()
                        else argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=2, help="modules graded at a time (default 2)")
    parser.add_argument("--cold", action="store_true",
                        help="start every module's pytest afresh instead of forking it from one warm "
                             "interpreter (always so in the Classroom and where fork does not exist)")
    parser.add_argument("--github-output", action="store_true",
                        help="(Classroom workflow) pass the module's result to the step's outputs and "
                             "its table to the job summary")
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
    start = 0
    if args.github_output:  # a valid 0-point result first, in case this process is killed
        output = Path(os.environ["GITHUB_OUTPUT"])
        start = output.stat().st_size if output.is_file() else 0
        set_github_result(failed_module(modules[0], "the grading step was stopped before it finished "
                                        "(a time limit, or the runner): 0 points"), start)
    print(f"Grading {len(modules)} module(s) against {impl}/, one pytest process per module...", flush=True)
    try:
        runner = None if args.github_output or args.cold else WarmRunner()
        grades = grade_here(modules, impl, ROOT, args.jobs, runner)
    except Exception as error:  # noqa: BLE001  (whatever happens, every module gets a result)
        problem = f"the grader failed ({type(error).__name__}: {error}); rerun uv run nox -s grade"
        print(traceback.format_exc(), file=sys.stderr)
        grades = [failed_module(m, problem) for m in modules]
    print(render(grades, impl))
    print("\n" + render_katas(grades))
    for g in grades:
        if g.problem:
            print(f"\nModule {g.module.number}: {g.problem}")
        for k in g.katas:
            if k.broken:
                print(f"BROKEN {k.kata.id}: its tests cannot import {k.kata.display_path}; "
                      f"uv run nox -s {g.module.session} shows the error")
    if args.github_output:
        set_github_result(grades[0], start)
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            with open(summary, "a", encoding="utf-8") as handle:
                handle.write(summary_markdown(grades[0]))
    try:
        write_results(grades)
        print(f"\nThe same results in the Classroom reporter's format: {os.path.relpath(GRADE_DIR, ROOT)}/")
    except OSError as error:
        print(f"\ncould not write {GRADE_DIR}: {error}", file=sys.stderr)
    warning = tamper_warning(sorted({change for g in grades for change in g.tampered}))
    if warning:
        print("\n" + warning)
    not_run = [g.module.number for g in grades if g.problem]
    if not_run:
        print(f"\nThe tests of module(s) {', '.join(map(str, not_run))} did not run, so they earn 0: see above.")
    # A Classroom step has done its job once it left the module's result, whatever the points.
    return 1 if not_run and not args.github_output else 0


if __name__ == "__main__":
    sys.exit(main())
