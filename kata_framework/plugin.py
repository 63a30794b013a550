"""The pytest plugin every kata test runs under (loaded by the repository's ``conftest.py``).

What it adds:

* ``--impl katas|reference`` (or ``KATA_IMPL``): which implementation ``import katas...`` loads.
* ``--kata ID``: run only that kata's tests (repeatable).
* A stub's ``NotImplementedError`` becomes one line, ``NOT STARTED 1.2: implement f in file``,
  instead of a traceback; a kata file that fails to import is reported as BROKEN, and the other
  katas still run.
* Hypothesis profiles: ``katas`` (derandomized, the default, so a grade never flickers) and
  ``explore`` (random, many more examples): ``--hypothesis-profile explore``.
* A one-line header saying which implementation ran (pytest's own header lines only with
  ``-v``), and a per-kata summary with points at the end, showing how they were counted.
* A test that times out makes its kata's other tests fail at once, naming the test that hung,
  instead of each waiting out its own timeout; timeouts work alike on every platform
  (:mod:`kata_framework.timeouts`).
* A test that fails because another kata's function is still a stub says which kata to do first;
  a fixture that fails the same way for many tests shows its traceback once.
* ``--kata-results FILE``: a JSON record of every test's outcome, for the verify gate.
"""

from __future__ import annotations

import argparse
import ast
import atexit
import gc
import json
import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from . import implementations, timeouts
from .catalog import (
    ROOT,
    Kata,
    all_katas,
    find_kata,
    has_worked_solutions,
    kata_for_source_file,
    kata_for_test_file,
    load_catalog,
)
from .results import outcomes_by_kata

NOT_STARTED = "not started"
#: Marker of a test that protects behaviour the starting code already has: it earns no points
#: but must pass for its kata to be done (see kata_framework/grading.py).
GUARD = "guard"
#: Marker of a framework meta-test that starts other processes: slower, run by its own session.
INTEGRATION = "integration"
BROKEN = "broken"
_KATA = pytest.StashKey[Kata]()
_TIMER = pytest.StashKey[timeouts.ThreadTimeout]()


def native(path: str | Path) -> str:
    """A repository-relative path written the way the learner's system writes it
    (``katas\\module0_business\\roi.py`` on Windows)."""
    return str(Path(path))


@dataclass(frozen=True)
class Hang:
    """A test of a kata that timed out: the rest of the kata's tests fail without running."""

    test: str  # the test's name
    where: str  # where the learner's code was when it was stopped, or "" if not in a kata file

    def cause(self) -> str:
        place = f"in {self.where}" if self.where else "in the code it calls"
        return f"{self.test} hung: a likely infinite loop {place}"


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


def _examples_independent_of_loaded_modules() -> None:
    """Hypothesis also draws examples from literals in whichever of the project's modules are
    loaded at the time, so one derandomized test would get other examples in a one-kata run than
    in a module run, on the learner's code than on the reference, warm or cold. With that pool
    empty, a test's examples depend on the test alone."""
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:
        return
    if hasattr(providers, "_get_local_constants") and hasattr(providers, "Constants"):
        empty = providers.Constants()
        providers._get_local_constants = lambda: empty


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("katas", "ML-engineering katas")
    group.addoption("--impl", choices=sorted(implementations.IMPLEMENTATIONS), default=None,
                    help="which code the tests import: your katas/ (default) or reference/; also settable "
                         "as KATA_IMPL" if has_worked_solutions() else argparse.SUPPRESS)
    group.addoption("--kata", action="append", default=[], metavar="ID",
                    help="run only this kata's tests, e.g. --kata 1.2 (repeatable)")
    group.addoption("--kata-overlays", default=None, metavar="JSON", help=argparse.SUPPRESS)  # the verify gate's
    group.addoption("--kata-results", default=None, metavar="FILE", help=argparse.SUPPRESS)  # the graders'



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
        self.selected: dict[str, int] = {}  # kata id -> tests selected to run (unknown under xdist)
        self.files_collected: set[Path] = set()
        self.hung: dict[str, Hang] = {}  # kata id -> its first test that timed out
        # kata id -> {the kata it waits on -> functions still to implement there}
        self.waiting: dict[str, dict[str, dict[str, None]]] = defaultdict(lambda: defaultdict(dict))
        self.fixture_errors: dict[tuple, str] = {}  # a setup error's signature -> first test with it

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
        if getattr(report, "kata_waiting", None):
            other, function = report.kata_waiting
            self.waiting[kata.id][other][function] = None
            self.record(report, kata, NOT_STARTED)
        elif getattr(report, "kata_not_started", None):
            kata_id, function = report.kata_not_started
            self.not_started[kata_id][function] = None
            self.record(report, kata, NOT_STARTED)
        elif report.failed:
            self.record(report, kata, "failed" if report.when == "call" else "error")
        elif report.when == "call" or report.skipped:
            self.record(report, kata, "skipped" if report.skipped else "passed")
            self.explanations.extend(v for k, v in report.user_properties if k == "explanation")

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.nodeid and "::" not in report.nodeid:
            self.files_collected.add((self.config.rootpath / report.nodeid).resolve())
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
            f"Fix {native(kata.display_path)} (or a file it imports) so that it imports cleanly:\n"
            + "\n".join(detail[-12:])
        )

    def _blames_kata_code(self, kata: Kata, text: str) -> bool:
        """Whether an import error's traceback passes through code under the kata's folder."""
        folders = [path.parent.relative_to(ROOT) for path in (kata.stub_path, kata.reference_path)]
        # pytest prints a path relative to the working folder when that is shorter (../x/broken.py),
        # with the system's separators (backslashes on Windows)
        here = self.config.invocation_params.dir
        forms = {form for folder in folders for form in (folder.as_posix(), folder.as_posix().replace("/", "\\"))}
        forms |= {form for p in self.overlay_owner for form in (str(p), os.path.relpath(p, here))}
        return any(form in text for form in forms)

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
        for item in session.items:
            kata = item.stash.get(_KATA, None)
            if kata is not None:
                self.selected[kata.id] = self.selected.get(kata.id, 0) + 1
                # a kata whose tests span several files, run from one of them
                if not all(path.resolve() in self.files_collected for path in kata.test_paths):
                    self.partial.add(kata.id)

    @pytest.hookimpl(wrapper=True)
    def pytest_sessionstart(self, session: pytest.Session):
        result = yield  # after pytest's session banner
        if self.config.stash.get(_SHORT_HEADER, False):
            _write_short_header(self.config)
        return result

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        target = self.config.getoption("kata_results")
        if target:
            Path(target).write_text(json.dumps(
                {"impl": self.impl, "overlays": sorted(self.overlays), "tests": self.outcomes},
                indent=1), encoding="utf-8")



_STATE = pytest.StashKey[KataSession]()
_SHORT_HEADER = pytest.StashKey[bool]()


#: Numeric libraries start one thread per core by default. On a shared two-core machine those
#: threads fight every other process: fits slow down several times and timings swing. One
#: thread each is faster there and keeps latency tests steady. Set before numpy is imported.
ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def pytest_configure(config: pytest.Config) -> None:
    for variable in ONE_THREAD:
        os.environ.setdefault(variable, "1")
    # At exit the interpreter's last garbage collection walks every object of the ML stack (most
    # of a second); objects still alive then are freed by the exit anyway, so skip that walk.
    atexit.register(gc.freeze)
    state = KataSession(config)
    config.stash[_STATE] = state
    config.pluginmanager.register(state, "kata-session")
    implementations.activate(state.impl, state.overlays)
    config.option.continue_on_collection_errors = True  # one broken kata must not hide the rest
    config.addinivalue_line("markers", f"{GUARD}: the starting code already passes this test; it earns "
                            "no points but must stay green for the kata to be done")
    config.addinivalue_line("markers", f"{INTEGRATION}: a meta-test that runs pytest, a grader or git in "
                            "another process (nox -s integration; nox -s reference leaves it out)")
    _register_hypothesis_profiles()
    _examples_independent_of_loaded_modules()
    from hypothesis import settings

    settings.load_profile(config.getoption("hypothesis_profile", None)
                          or os.environ.get("HYPOTHESIS_PROFILE") or "katas")


def _header_lines(config: pytest.Config) -> list[str]:
    state = config.stash[_STATE]
    from hypothesis import settings

    where = "reference/ (the worked solutions)" if state.impl == "reference" else "katas/ (your code)"
    lines = [f"katas: testing {where}; hypothesis profile {settings.get_current_profile_name()!r}"]
    if state.overlays:
        lines.append(f"katas: overlays on {', '.join(sorted(state.overlays))}")
    return lines


def _short_header(config: pytest.Config) -> bool:
    """Whether to show only the katas line at the top of a run: always, except with ``-v``
    (pytest's platform, rootdir, plugins and timeout lines) or when asked for no header."""
    return config.get_verbosity() == 0 and not config.option.no_header


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    config = session.config
    if _short_header(config):
        config.stash[_SHORT_HEADER] = True
        config.option.no_header = True  # pytest's header lines; ours follow the session banner


@pytest.hookimpl(trylast=True)
def pytest_report_header(config: pytest.Config) -> list[str]:
    return _header_lines(config)


def _write_short_header(config: pytest.Config) -> None:
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:
        return
    for line in _header_lines(config):
        reporter.write_line(line)
    ignored = getattr(config, "_ignored_config_files", None)
    if ignored:  # pytest's warning that it chose one configuration file over others
        reporter.write_line(f"WARNING: pytest ignored its configuration in {', '.join(ignored)}", yellow=True)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """With ``--kata``, test files of other katas are not even imported: a one-kata run does not
    pay for another kata's imports (MLflow, FastAPI...)."""
    state = config.stash.get(_STATE, None)
    if state is None or not state.only or collection_path.suffix != ".py" \
            or not collection_path.name.startswith("test_"):
        return None
    owner = kata_for_test_file(collection_path)
    return True if owner is None or owner.id not in {kata.id for kata in state.only} else None


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


def _qualname(entry) -> str:
    """A traceback entry's function, with its class: ``MajorityClassifier.fit``."""
    return getattr(entry.frame.code.raw, "co_qualname", entry.name)


def _kata_of_code(path: Path, state: KataSession) -> Kata | None:
    path = path.resolve()
    return state.overlay_owner.get(path) or kata_for_source_file(path)


def _learner_frame(excinfo: pytest.ExceptionInfo, state: KataSession) -> tuple[Kata, str] | None:
    """(kata, function) when the exception was raised directly in a kata's code (stub,
    reference or overlay), not deeper inside a library that the code called."""
    if not excinfo.traceback:
        return None
    entry = excinfo.traceback[-1]
    kata = _kata_of_code(Path(str(entry.path)), state)
    return (kata, _qualname(entry)) if kata is not None else None


def _shown_source(path: Path) -> str:
    path = path.resolve()
    return native(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _hang_place(excinfo: pytest.ExceptionInfo, state: KataSession) -> str:
    """Where a timed-out test was stopped: the innermost frame in a kata's code, e.g.
    ``roi (katas/module0_business/roi.py, line 12)``, or "" if it was stopped elsewhere."""
    for entry in reversed(excinfo.traceback):
        path = Path(str(entry.path))
        if _kata_of_code(path, state) is not None:
            return f"{_qualname(entry)} ({_shown_source(path)}, line {entry.lineno + 1})"
    return ""


def _not_started(report: pytest.TestReport, item: pytest.Item, kata: Kata, function: str) -> None:
    own = item.stash.get(_KATA, None)
    if own is not None and own.id != kata.id:  # the test calls another kata's unfinished code
        report.longrepr = (f"WAITING {own.id}: this test needs kata {kata.id} first: implement {function} "
                           f"in {native(kata.display_path)} (hint: uv run nox -s hint -- {kata.id})")
        report.kata_waiting = (kata.id, function)
        return
    report.longrepr = (f"NOT STARTED {kata.id}: implement {function} in {native(kata.display_path)} "
                       f"(hint: uv run nox -s hint -- {kata.id})")
    report.kata_not_started = (kata.id, function)


def _timed_out(report: pytest.TestReport, item: pytest.Item, excinfo: pytest.ExceptionInfo) -> None:
    state = item.config.stash[_STATE]
    kata = item.stash[_KATA]
    hang = state.hung.setdefault(kata.id, Hang(item.name, _hang_place(excinfo, state)))
    report.sections.append((f"kata {kata.id}: {kata.title}",
                            f"{hang.cause()}. The kata's other tests fail at once until you fix it: "
                            f"edit {native(kata.display_path)}; stuck? uv run nox -s hint -- {kata.id}"))


def _repeated_fixture_error(report: pytest.TestReport, item: pytest.Item, excinfo: pytest.ExceptionInfo) -> None:
    """Show a setup error's traceback once: later tests failing the same way point back to it."""
    state = item.config.stash[_STATE]
    last = excinfo.traceback[-1] if excinfo.traceback else None
    message = str(excinfo.value)
    signature = (excinfo.typename, message, str(last.path) if last else "", last.lineno if last else 0)
    first = state.fixture_errors.setdefault(signature, item.nodeid)
    if first != item.nodeid:
        headline = message.strip().splitlines()[0] if message.strip() else ""
        report.longrepr = (f"the same setup error as {first} (its traceback is shown there): "
                           f"{excinfo.typename}: {headline}")


@pytest.hookimpl(tryfirst=True, specname="pytest_runtest_makereport")
def pytest_kata_unformatted_not_started_report(item: pytest.Item, call: pytest.CallInfo) -> pytest.TestReport | None:
    """A stub's NotImplementedError needs no traceback: the report below replaces it with one
    line. Building the report here skips pytest's formatting of the traceback (source lines of
    every frame), which is most of the time an untouched module's red run takes."""
    excinfo = call.excinfo
    if (excinfo is None or call.when != "call" or not excinfo.errisinstance(NotImplementedError)
            or _learner_frame(excinfo, item.config.stash[_STATE]) is None):
        return None
    sections = [(f"Captured {key} {when}", content) for when, key, content in item._report_sections]
    return pytest.TestReport(item.nodeid, item.location, dict.fromkeys(item.keywords, 1), "failed",
                             f"NotImplementedError: {excinfo.value}", call.when, sections, call.duration,
                             call.start, call.stop, user_properties=item.user_properties)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    excinfo = call.excinfo
    if not report.failed or excinfo is None or getattr(item, "_kata_not_run", False):
        return report
    kata = item.stash.get(_KATA, None)
    if excinfo.errisinstance(NotImplementedError):
        found = _learner_frame(excinfo, item.config.stash[_STATE])
        if found is not None:
            _not_started(report, item, *found)
            return report
    if kata is not None and timeouts.is_timeout(excinfo):
        _timed_out(report, item, excinfo)
        return report
    if call.when == "setup":
        _repeated_fixture_error(report, item, excinfo)
    if kata is not None:
        report.sections.append((
            f"kata {kata.id}: {kata.title}",
            f"edit {native(kata.display_path)}; stuck? uv run nox -s hint -- {kata.id}",
        ))
    return report


def _fail_without_running(item: pytest.Item, nextitem: pytest.Item | None, message: str) -> None:
    """Report ``item`` failed with ``message``, running none of its fixtures or code."""
    item._kata_not_run = True
    ihook = item.ihook
    ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    phases = (("setup", lambda: None), ("call", lambda: pytest.fail(message, pytrace=False)),
              ("teardown", lambda: item.session._setupstate.teardown_exact(nextitem)))
    for when, run in phases:
        report = ihook.pytest_runtest_makereport(item=item, call=pytest.CallInfo.from_call(run, when=when))
        ihook.pytest_runtest_logreport(report=report)
    ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    """Once a test of a kata has hung, its other tests fail at once instead of waiting out their
    own timeouts: the first hang already says what to fix."""
    kata = item.stash.get(_KATA, None)
    hang = item.config.stash[_STATE].hung.get(kata.id) if kata is not None else None
    if hang is None:
        return None
    _fail_without_running(item, nextitem, f"kata {kata.id}: not run, because {hang.cause()}. "
                                          f"Fix that first: edit {native(kata.display_path)}")
    return True


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_timeout_set_timer(item: pytest.Item, settings):
    """pytest-timeout's ``signal`` method stays; its ``thread`` method (no SIGALRM, as on
    Windows) would end the whole run at the first endless loop, so ours stops just the test."""
    if timeouts.uses_signal(settings.method):
        return None
    timer = timeouts.ThreadTimeout(item, settings)
    item.stash[_TIMER] = timer
    item.cancel_timeout = timer.cancel  # what pytest-timeout's cancel hook calls
    timer.start()
    return True


def _phase(item: pytest.Item, when: str):
    timer = item.stash.get(_TIMER, None)
    if timer is None:
        return (yield)
    timer.enter(when)
    try:
        return (yield)
    finally:
        timer.leave()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item):
    return (yield from _phase(item, "setup"))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_call(item: pytest.Item):
    """Keep a timed-out test stopped (a hypothesis test replays the example that timed out)."""
    if item.stash.get(_TIMER, None) is not None:
        return (yield from _phase(item, "call"))
    return (yield from timeouts.refire_signal())


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):
    return (yield from _phase(item, "teardown"))


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config):
    if getattr(report, "kata_not_started", None) and report.when in ("setup", "call"):
        return NOT_STARTED, "N", "NOT STARTED"
    if getattr(report, "kata_waiting", None) and report.when in ("setup", "call"):
        return "waiting", "W", "WAITING"
    return None


def _unimplemented(path: Path) -> list[str]:
    """Functions and methods (``Class.method``) in a kata file whose body still raises
    NotImplementedError."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return []
    names: list[str] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if any(isinstance(inner, ast.Raise) and inner.exc is not None
                       and "NotImplementedError" in ast.unparse(inner.exc) for inner in ast.walk(child)):
                    names.append(prefix + child.name)

    visit(tree, "")
    return names


@dataclass(frozen=True)
class KataRow:
    """One line of the per-kata summary."""

    kata: Kata
    status: str  # DONE, NOT STARTED, WAITING, TODO, BROKEN or PARTIAL
    detail: str
    counted: bool = True  # False when only some of the kata's tests ran: its points are not shown


def _arithmetic(grade) -> str:
    """How the kata's points were counted: green tests over tests, guard tests left out."""
    scored = [t for t in grade.tests if not t.guard] or grade.tests
    green = sum(t.outcome == "passed" for t in scored)
    guards = len(grade.tests) - len(scored)
    left_out = f", {guards} guard test{'s' * (guards != 1)} excluded" if guards else ""
    return f"{green} of {len(scored)} tests green{left_out}: {grade.points:g}/{grade.kata.points} points"


def _waiting_on(state: KataSession, kata: Kata) -> str:
    """``waiting on 8.3: implement build_pipeline in katas/.../features.py``, for each kata whose
    unfinished code this kata's tests call."""
    by_id = {k.id: k for k in all_katas()}
    return "; ".join(f"waiting on {other}: implement {', '.join(functions)} in {native(by_id[other].display_path)}"
                     for other, functions in state.waiting.get(kata.id, {}).items())


def _ran_in_part(state: KataSession, kata: Kata, ran: int) -> bool:
    selected = state.selected.get(kata.id)
    return kata.id in state.partial or (selected is not None and ran < selected)


def _kata_row(state: KataSession, kata: Kata, outcomes: list[str]) -> KataRow:
    path = native(kata.display_path)
    red = sum(o != "passed" for o in outcomes)
    grade = _grade(state, kata)
    waiting = _waiting_on(state, kata)
    if _ran_in_part(state, kata, len(outcomes)):
        if not red:
            ran = "the one test that ran is" if len(outcomes) == 1 else f"the {len(outcomes)} tests that ran are"
            return KataRow(kata, "PARTIAL", f"{ran} green; run all of the "
                           "kata's tests to finish it and count its points", counted=False)
        return KataRow(kata, "TODO", f"{red} of the {len(outcomes)} tests that ran are red in {path} (only "
                       "some of the kata's tests ran: its points count when all of them run)", counted=False)
    if kata.id in state.broken:
        return KataRow(kata, "BROKEN", f"{path} does not import: {state.broken[kata.id]}; {_arithmetic(grade)}")
    own = state.not_started.get(kata.id)
    if own and not grade.started:
        source = kata.stub_path if state.impl == "katas" else kata.reference_path
        functions = ", ".join(dict.fromkeys([*own, *_unimplemented(source)]))
        also = f" (then: {waiting})" if waiting else ""
        return KataRow(kata, "NOT STARTED", f"implement {functions} in {path}{also}")
    waiting_tests = sum(o == NOT_STARTED for o in outcomes) if waiting and not own else 0
    if waiting and red == waiting_tests and not grade.started:
        return KataRow(kata, "WAITING", f"{waiting} first ({red} of {len(outcomes)} tests need it); "
                       f"{_arithmetic(grade)}")
    if not red:
        return KataRow(kata, "DONE", f"{len(outcomes)} tests green")
    notes = [f"{red} of {len(outcomes)} tests red in {path}"]
    if kata.id in state.hung:
        notes.append(f"{state.hung[kata.id].cause()}, so its other tests failed without running")
    if own:
        notes.append("still to implement: " + ", ".join(own))
    if waiting:
        notes.append(waiting)
    return KataRow(kata, "TODO", "; ".join(notes) + f"; {_arithmetic(grade)}")


def kata_statuses(state: KataSession) -> list[KataRow]:
    """A :class:`KataRow` for every kata that ran, in catalog order.

    Status is DONE (every test passed), NOT STARTED (no function written yet), WAITING (its red
    tests all need another kata's unfinished code), BROKEN (its file does not import), TODO
    (some tests red) or PARTIAL (green, but only some of its tests ran). A kata of which only
    some tests ran never shows points: a single green test must not read as the kata's points."""
    by_kata = outcomes_by_kata(state.outcomes)
    asked = {kata.id for kata in state.only}
    return [_kata_row(state, kata, by_kata.get(kata.id, []))
            for module in load_catalog() for kata in module.katas
            if kata.id in state.katas_seen and (not asked or kata.id in asked)]


def _write_row(terminalreporter, row: KataRow) -> None:
    kata, hint = row.kata, f"(hint: uv run nox -s hint -- {row.kata.id})"
    if row.status == "DONE":
        terminalreporter.write_line(f"DONE {kata.id} {kata.title} (+{kata.points} points)", green=True)
    elif row.status == "NOT STARTED":
        terminalreporter.write_line(f"NOT STARTED {kata.id}: {row.detail} {hint}", yellow=True)
    elif row.status in ("PARTIAL", "WAITING"):
        terminalreporter.write_line(f"{row.status} {kata.id} {kata.title}: {row.detail}", yellow=True)
    else:
        terminalreporter.write_line(f"{row.status} {kata.id} {kata.title}: {row.detail} {hint}", red=True)


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
    for row in rows:
        _write_row(terminalreporter, row)
    counted = [row for row in rows if row.counted]
    earned = sum(_grade(state, row.kata).points for row in counted)
    total = sum(row.kata.points for row in counted)
    done = sum(row.status == "DONE" for row in rows)
    line = f"{done} of {len(rows)} katas done"
    if counted:
        line += f", {earned:g}/{total:g} points"
    in_part = [row.kata.id for row in rows if not row.counted]
    if in_part:
        whose = "its" if len(in_part) == 1 else "their"
        line += f"; no points counted for {', '.join(in_part)}: only some of {whose} tests ran"
    unfinished = any(row.status not in ("DONE", "PARTIAL") for row in rows)
    stuck = " Stuck? uv run nox -s hint -- <kata id>" if unfinished else ""
    terminalreporter.write_line(f"{line}.{stuck}", bold=True)


def _grade(state: KataSession, kata: Kata):
    """The kata's :class:`~kata_framework.grading.KataGrade` from this run, as grading counts it."""
    from .scoring import grade_kata

    mine = {n: r["outcome"] for n, r in state.outcomes.items() if r["kata"] == kata.id}
    guards = {n for n, r in state.outcomes.items() if r.get("guard")}
    return grade_kata(kata, mine, guards)
