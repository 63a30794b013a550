"""The pytest plugin every kata test runs under (loaded by the repository's ``conftest.py``).

What it adds:

* ``--impl katas|reference`` (or ``KATA_IMPL``): which implementation ``import katas...`` loads.
* ``--kata ID``: run only that kata's tests (repeatable).
* A stub's ``NotImplementedError`` becomes one line, ``NOT STARTED 1.2: implement f in file``,
  instead of a traceback; a kata file that fails to import is reported as BROKEN, and the other
  katas still run.
* Hypothesis profiles: ``katas`` (derandomized, the default, so a grade never flickers) and
  ``explore`` (random, many more examples): ``--hypothesis-profile explore``.
* A header saying which implementation ran, and a per-kata summary with points at the end.
* ``--kata-results FILE``: a JSON record of every test's outcome, for the verify gate.
"""

from __future__ import annotations

import ast
import json
import os
import signal
import threading
from collections import defaultdict
from pathlib import Path

import pytest

from . import implementations
from .catalog import ROOT, Kata, all_katas, find_kata, kata_for_source_file, kata_for_test_file, load_catalog
from .results import outcomes_by_kata

NOT_STARTED = "not started"
#: Marker of a test that protects behaviour the starting code already has: it earns no points
#: but must pass for its kata to be done (see kata_framework/grading.py).
GUARD = "guard"
BROKEN = "broken"
_KATA = pytest.StashKey[Kata]()


def _register_hypothesis_profiles() -> None:
    from hypothesis import HealthCheck, Phase, settings

    quiet = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.differing_executors]
    # The grading profile: the same examples on every run, and no shrinking (it can take tens
    # of seconds on a stub); generation starts from the simplest examples anyway.
    settings.register_profile("katas", derandomize=True, max_examples=40, deadline=None,
                              database=None, print_blob=False, suppress_health_check=quiet,
                              phases=[Phase.explicit, Phase.reuse, Phase.generate])
    settings.register_profile("explore", derandomize=False, max_examples=1000, deadline=None,
                              suppress_health_check=quiet)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("katas", "ML-engineering katas")
    group.addoption("--impl", choices=sorted(implementations.IMPLEMENTATIONS), default=None,
                    help="which code the tests import: your katas/ (default) or reference/; "
                         "also settable as KATA_IMPL")
    group.addoption("--kata", action="append", default=[], metavar="ID",
                    help="run only this kata's tests, e.g. --kata 1.2 (repeatable)")
    group.addoption("--kata-overlays", default=None, metavar="JSON",
                    help="(verify gate) lay known-wrong or known-right files over reference modules")
    group.addoption("--kata-results", default=None, metavar="FILE",
                    help="(verify gate) write every test's outcome to this JSON file")


class KataSession:
    """State for one pytest run: which implementation, and what happened to each kata."""

    def __init__(self, config: pytest.Config):
        self.config = config
        self.impl = config.getoption("impl") or os.environ.get("KATA_IMPL") or "katas"
        if self.impl not in implementations.IMPLEMENTATIONS:
            raise pytest.UsageError(f"KATA_IMPL={self.impl!r}: use 'katas' or 'reference'")
        if not implementations.IMPLEMENTATIONS[self.impl].is_dir():
            raise pytest.UsageError(f"--impl {self.impl} / KATA_IMPL={self.impl}: there is no {self.impl}/ folder "
                                    "in this copy (the student template holds no worked solutions)")
        overlays_arg = config.getoption("kata_overlays")
        self.overlays = {name: Path(path) for name, path in json.loads(overlays_arg).items()} \
            if overlays_arg else {}
        self.only = [find_kata(kata_id) for kata_id in config.getoption("kata")]
        by_import_name = {kata.import_name: kata for kata in all_katas()}
        self.overlay_owner = {path.resolve(): by_import_name[name]
                              for name, path in self.overlays.items() if name in by_import_name}
        self.outcomes: dict[str, dict] = {}
        self.not_started: dict[str, dict[str, None]] = defaultdict(dict)  # kata id -> functions
        self.broken: dict[str, str] = {}  # kata id -> first line of the import error
        self.katas_seen: dict[str, Kata] = {}
        self.explanations: list[str] = []  # quiz explanations earned by right answers
        self.partial: set[str] = set()  # katas only some of whose tests were selected

    # -- classifying results -------------------------------------------------------------

    def record(self, report: pytest.TestReport | pytest.CollectReport, kata: Kata | None,
               outcome: str) -> None:
        if kata is not None:
            self.katas_seen.setdefault(kata.id, kata)
        previous = self.outcomes.get(report.nodeid, {}).get("outcome")
        if previous in ("failed", NOT_STARTED, "error", BROKEN):
            return  # a teardown pass must not hide a failed call
        entry = {"kata": kata.id if kata else None, "outcome": outcome}
        if GUARD in getattr(report, "keywords", {}):
            entry["guard"] = True
        self.outcomes[report.nodeid] = entry

    # -- hooks: this object is registered as a plugin for the run ---------------------------

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        kata = kata_for_test_file(Path(report.fspath))
        if getattr(report, "kata_not_started", None):
            kata_id, function = report.kata_not_started
            self.not_started[kata_id][function] = None
            self.record(report, kata, NOT_STARTED)
        elif report.failed:
            self.record(report, kata, "failed" if report.when == "call" else "error")
        elif report.when == "call" or report.skipped:
            self.record(report, kata, "skipped" if report.skipped else "passed")
            self.explanations.extend(v for k, v in report.user_properties if k == "explanation")

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if not report.failed:
            return
        kata = kata_for_test_file(ROOT / report.nodeid.split("::")[0])
        text = str(report.longrepr)
        if kata is None or not self._blames_kata_code(kata, text):
            self.record(report, kata, "error")  # a problem in the tests, not in the learner's code
            return
        detail = text.strip().splitlines()
        cause = next((line for line in reversed(detail) if line.startswith("E ")),
                     detail[-1] if detail else "")
        self.broken[kata.id] = cause.removeprefix("E").strip()
        self.record(report, kata, BROKEN)
        report.longrepr = (
            f"BROKEN {kata.id}: the tests of '{kata.title}' could not import your code.\n"
            f"Fix {kata.display_path} (or a file it imports) so that it imports cleanly:\n"
            + "\n".join(detail[-12:])
        )

    def _blames_kata_code(self, kata: Kata, text: str) -> bool:
        """Whether an import error's traceback passes through code under the kata's folder."""
        folder = kata.stub_path.parent.relative_to(ROOT).as_posix()
        reference = kata.reference_path.parent.relative_to(ROOT).as_posix()
        # pytest prints a path relative to the working folder when that is shorter (../x/broken.py)
        here = self.config.invocation_params.dir
        overlays = {form for p in self.overlay_owner for form in (str(p), os.path.relpath(p, here))}
        return folder in text or reference in text or any(form in text for form in overlays)

    def pytest_deselected(self, items: list[pytest.Item]) -> None:
        for item in items:
            kata = kata_for_test_file(item.path)
            if kata is not None:
                self.partial.add(kata.id)

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        for arg in session.config.args:  # a test picked by node id leaves its kata's other tests out
            if "::" in arg:
                kata = kata_for_test_file(Path(session.config.invocation_params.dir, arg.split("::")[0]))
                if kata is not None:
                    self.partial.add(kata.id)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        target = self.config.getoption("kata_results")
        if target:
            Path(target).write_text(json.dumps(
                {"impl": self.impl, "overlays": sorted(self.overlays), "tests": self.outcomes},
                indent=1), encoding="utf-8")



_STATE = pytest.StashKey[KataSession]()


#: Numeric libraries start one thread per core by default. On a shared two-core machine those
#: threads fight every other process: fits slow down several times and timings swing. One
#: thread each is faster there and keeps latency tests steady. Set before numpy is imported.
ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def pytest_configure(config: pytest.Config) -> None:
    for variable in ONE_THREAD:
        os.environ.setdefault(variable, "1")
    state = KataSession(config)
    config.stash[_STATE] = state
    config.pluginmanager.register(state, "kata-session")
    implementations.activate(state.impl, state.overlays)
    config.option.continue_on_collection_errors = True  # one broken kata must not hide the rest
    config.addinivalue_line("markers", f"{GUARD}: the starting code already passes this test; it earns "
                            "no points but must stay green for the kata to be done")
    _register_hypothesis_profiles()
    from hypothesis import settings

    settings.load_profile(config.getoption("hypothesis_profile", None)
                          or os.environ.get("HYPOTHESIS_PROFILE") or "katas")


def pytest_report_header(config: pytest.Config) -> list[str]:
    state = config.stash[_STATE]
    from hypothesis import settings

    where = "reference/ (the worked solutions)" if state.impl == "reference" else "katas/ (your code)"
    lines = [f"katas: testing {where}; hypothesis profile {settings.get_current_profile_name()!r}"]
    if state.overlays:
        lines.append(f"katas: overlays on {', '.join(sorted(state.overlays))}")
    return lines


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    state = config.stash[_STATE]
    wanted = {kata.id for kata in state.only}
    selected, deselected = [], []
    for item in items:
        kata = kata_for_test_file(item.path)
        if kata is not None:
            item.stash[_KATA] = kata
        if wanted and (kata is None or kata.id not in wanted):
            deselected.append(item)
        else:
            selected.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


def _learner_frame(excinfo: pytest.ExceptionInfo, state: KataSession) -> tuple[Kata, str] | None:
    """(kata, function) when the exception was raised directly in a kata's code (stub,
    reference or overlay), not deeper inside a library that the code called."""
    if not excinfo.traceback:
        return None
    entry = excinfo.traceback[-1]
    path = Path(str(entry.path)).resolve()
    kata = state.overlay_owner.get(path) or kata_for_source_file(path)
    return (kata, entry.name) if kata is not None else None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    excinfo = call.excinfo
    if report.failed and excinfo is not None and excinfo.errisinstance(NotImplementedError):
        found = _learner_frame(excinfo, item.config.stash[_STATE])
        if found is not None:
            kata, function = found
            report.longrepr = (f"NOT STARTED {kata.id}: implement {function} in {kata.display_path} "
                               f"(hint: uv run nox -s hint -- {kata.id})")
            report.kata_not_started = (kata.id, function)
    elif report.failed and item.stash.get(_KATA, None) is not None:
        kata = item.stash[_KATA]
        report.sections.append((
            f"kata {kata.id}: {kata.title}",
            f"edit {kata.display_path}; stuck? uv run nox -s hint -- {kata.id}",
        ))
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """Keep a timed-out test stopped.

    pytest-timeout stops a test once, by raising inside it. A hypothesis test takes that for a
    failing example and runs the example again to report it, which loops forever if the
    learner's code does. So after the first alarm, fire it again every second (ten times at
    most) until the test has really ended.
    """
    original = signal.getsignal(signal.SIGALRM)
    armed = signal.getitimer(signal.ITIMER_REAL)[0] > 0
    if not armed or not callable(original) or threading.current_thread() is not threading.main_thread():
        return (yield)
    fired = 0

    def fire_again(signum, frame):
        nonlocal fired
        fired += 1
        if fired < 10:
            signal.setitimer(signal.ITIMER_REAL, 1.0)
        original(signum, frame)

    signal.signal(signal.SIGALRM, fire_again)
    try:
        return (yield)
    finally:
        if fired:
            signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, original)


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config):
    if getattr(report, "kata_not_started", None) and report.when in ("setup", "call"):
        return NOT_STARTED, "N", "NOT STARTED"
    return None


def _unimplemented(path: Path) -> list[str]:
    """Functions and methods in a kata file whose body still raises NotImplementedError."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return []
    names = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                isinstance(inner, ast.Raise) and inner.exc is not None
                and "NotImplementedError" in ast.unparse(inner.exc) for inner in ast.walk(node)):
            names.append(node.name)
    return names


def kata_statuses(state: KataSession) -> list[tuple[Kata, str, str]]:
    """(kata, status, detail) for every kata that ran, in catalog order.

    Status is DONE (every test passed), NOT STARTED, BROKEN (its file does not import), TODO
    (some tests red) or PARTIAL (green, but only some of its tests were selected)."""
    by_kata = outcomes_by_kata(state.outcomes)
    rows = []
    for module in load_catalog():
        for kata in module.katas:
            if kata.id not in state.katas_seen:
                continue
            outcomes = by_kata.get(kata.id, [])
            red = sum(o != "passed" for o in outcomes)
            if kata.id in state.broken:
                rows.append((kata, "BROKEN", f"{kata.display_path} does not import: {state.broken[kata.id]}"))
            elif kata.id in state.not_started:
                source = kata.stub_path if state.impl == "katas" else kata.reference_path
                functions = ", ".join(dict.fromkeys([*state.not_started[kata.id], *_unimplemented(source)]))
                if _grade(state, kata).started:  # some functions done, some still to write
                    rows.append((kata, "TODO", f"{red} of {len(outcomes)} tests red in {kata.display_path}; "
                                 f"still to implement: {functions}"))
                else:
                    rows.append((kata, "NOT STARTED", f"implement {functions} in {kata.display_path}"))
            elif red:
                rows.append((kata, "TODO", f"{red} of {len(outcomes)} tests red in {kata.display_path}"))
            elif kata.id in state.partial:
                rows.append((kata, "PARTIAL", f"the {len(outcomes)} tests that ran are green; "
                             "run all of the kata's tests to finish it"))
            else:
                rows.append((kata, "DONE", f"{len(outcomes)} tests green"))
    return rows


def pytest_terminal_summary(terminalreporter, exitstatus, config: pytest.Config) -> None:
    state = config.stash[_STATE]
    rows = kata_statuses(state)
    if not rows:
        return
    if state.explanations and state.impl == "katas":
        terminalreporter.section("quiz: why your answers are right")
        for text in state.explanations:
            terminalreporter.write_line(f"- {text}")
    terminalreporter.section(f"katas ({state.impl})")
    earned = total = 0.0
    for kata, status, detail in rows:
        points = _grade(state, kata).points
        total += kata.points
        earned += points
        if status == "DONE":
            terminalreporter.write_line(f"DONE {kata.id} {kata.title} (+{kata.points} points)", green=True)
        elif status == "NOT STARTED":
            terminalreporter.write_line(f"NOT STARTED {kata.id}: {detail} (hint: uv run nox -s hint -- {kata.id})",
                                        yellow=True)
        elif status == "PARTIAL":
            terminalreporter.write_line(f"PARTIAL {kata.id} {kata.title}: {detail}", yellow=True)
        else:
            terminalreporter.write_line(f"{status} {kata.id} {kata.title}: {detail}, {points:g}/{kata.points} "
                                        f"points (hint: uv run nox -s hint -- {kata.id})", red=True)
    done = sum(status == "DONE" for _, status, _ in rows)
    stuck = "" if done == len(rows) else " Stuck? uv run nox -s hint -- <kata id>"
    terminalreporter.write_line(f"{done} of {len(rows)} katas done, {earned:g}/{total:g} points.{stuck}",
                                bold=True)


def _grade(state: KataSession, kata: Kata):
    """The kata's :class:`~kata_framework.grading.KataGrade` from this run, as grading counts it."""
    from .grading import grade_kata

    mine = {n: r["outcome"] for n, r in state.outcomes.items() if r["kata"] == kata.id}
    guards = {n for n, r in state.outcomes.items() if r.get("guard")}
    return grade_kata(kata, mine, guards)
