"""Test runs that start warm: the third-party stack is imported once, each run forks from it.

Every pytest process of a kata session pays for importing pandas, scikit-learn, scipy, pandera,
FastAPI, hypothesis and MLflow before a single test runs (several seconds on two cores). A
:class:`WarmRunner` imports that stack once, in the process that calls it, and runs each test
round in a child forked from it. The child starts with the libraries loaded and imports only
what changes between runs: the tests and the learner's code, which the parent never imports.

Each child is as isolated as a separate ``python -m pytest`` process: its own pytest
configuration, plugin state, hypothesis settings, test modules and learner modules, and its own
crash (a crash or ``os._exit`` in learner code ends that child only).

Forking is only safe from a process with a single thread, and only where ``os.fork`` exists. The
runner therefore keeps numeric libraries at one thread, never imports a library that starts its
own thread pool at import (polars does), and checks before every fork; wherever forking is not
possible (Windows, or a thread appeared) it runs the same command in a fresh subprocess instead,
with the same results.
"""

from __future__ import annotations

import gc
import inspect
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from .catalog import ROOT

#: Imported once by the parent. Nothing here may start a thread at import, and nothing here is
#: the learner's code or a test module.
STACK = (
    "numpy", "pandas", "scipy.stats", "sklearn.ensemble", "sklearn.linear_model", "sklearn.model_selection",
    "sklearn.pipeline", "sklearn.preprocessing", "sklearn.metrics", "sklearn.compose", "sklearn.impute",
    "xgboost", "pandera.pandas", "pydantic", "fastapi", "fastapi.testclient", "httpx", "hypothesis",
    "pytest", "_pytest.python", "mlflow", "altair",
)
#: pytest cannot rewrite the asserts of a plugin the parent imported already (typeguard comes
#: with pandera) and says so; in a plugin's own code that changes nothing.
CHILD_ARGS = ("-W", "ignore::pytest.PytestAssertRewriteWarning")
#: One thread per numeric pool: set before numpy loads, required for a safe fork.
ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass
class Job:
    """One ``python -m pytest`` run: pytest's arguments, the folder to run in, the environment
    (``None``: this process's), a time limit, and whether to capture the output."""

    args: list[str]
    cwd: Path = ROOT
    env: dict[str, str] | None = None
    timeout: float | None = None
    capture: bool = True
    no_user_site: bool = False  # python -s: the user's site-packages stay off sys.path


@dataclass
class Finished:
    """How a run ended: pytest's exit code (None when stopped), its output (empty when it went
    to the terminal), and whether the time limit stopped it."""

    returncode: int | None
    output: str
    timed_out: bool = False


def can_fork() -> bool:
    """Whether a child may be forked here: the call exists and no other thread is running."""
    return hasattr(os, "fork") and threading.active_count() == 1


class WarmRunner:
    """Runs pytest jobs, each in a child forked from this process once it holds the stack.

    ``warm=False``, a platform without fork, or a second thread in this process: each job runs
    as a fresh ``python -m pytest`` subprocess instead, with the same results.
    """

    def __init__(self, warm: bool = True):
        self.warm = warm and hasattr(os, "fork")
        self.import_seconds = import_stack() if self.warm else 0.0

    def run(self, job: Job) -> Finished:
        return self.run_many([job], jobs=1)[0]

    def run_many(self, jobs_to_run: list[Job], jobs: int = 2) -> list[Finished]:
        """The jobs' results in their order, at most ``jobs`` running at once."""
        with tempfile.TemporaryDirectory(prefix="kata-warm-") as tmp:
            if self.warm and can_fork():
                return _Forked(Path(tmp)).run(jobs_to_run, max(1, jobs))
            return [_subprocess(job) for job in jobs_to_run]


def _subprocess(job: Job) -> Finished:
    command = [sys.executable, *(["-s"] if job.no_user_site else []), "-m", "pytest", *job.args]
    process = subprocess.Popen(command, cwd=job.cwd, env=job.env, text=True,
                               stdout=subprocess.PIPE if job.capture else None,
                               stderr=subprocess.STDOUT if job.capture else None,
                               start_new_session=os.name == "posix")
    try:
        output, _ = process.communicate(timeout=job.timeout)
        return Finished(process.returncode, output or "")
    except subprocess.TimeoutExpired:
        _kill(process.pid, process)
        output, _ = process.communicate()
        return Finished(None, output or "", timed_out=True)


def _kill(pid: int, process: subprocess.Popen | None = None) -> None:
    """Stop a run and everything it started (its own process group on POSIX)."""
    if os.name == "posix":
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    elif process is not None:
        process.kill()


class _Forked:
    """Forks one child per job from this (single-threaded) process, ``jobs`` at a time."""

    def __init__(self, folder: Path):
        self.folder = folder

    def run(self, to_run: list[Job], jobs: int) -> list[Finished]:
        pending = list(enumerate(to_run))
        running: dict[int, tuple[int, float | None]] = {}  # pid -> (index, deadline)
        ended: dict[int, Finished] = {}
        try:
            self._loop(to_run, pending, running, ended, jobs)
        except BaseException:  # Ctrl-C included: no child outlives the runner
            for pid in running:
                _kill(pid)
            raise
        return [ended[i] for i in range(len(to_run))]

    def _loop(self, to_run: list[Job], pending: list[tuple[int, Job]], running: dict[int, tuple[int, float | None]],
              ended: dict[int, Finished], jobs: int) -> None:
        while pending or running:
            while pending and len(running) < jobs:
                index, job = pending.pop(0)
                deadline = time.monotonic() + job.timeout if job.timeout else None
                running[self._fork(job, self._output(index) if job.capture else None)] = (index, deadline)
            reaped = False
            for pid in list(running):
                # Each of our own children by pid: waiting on any child (-1) would also reap
                # processes that other code of this interpreter started and waits for.
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    index, _ = running.pop(pid)
                    ended[index] = Finished(os.waitstatus_to_exitcode(status), self._read(index, to_run[index]))
                    reaped = True
            if reaped:
                continue
            for pid, (index, deadline) in list(running.items()):
                if deadline is not None and time.monotonic() > deadline:
                    _kill(pid)
                    os.waitpid(pid, 0)
                    running.pop(pid)
                    ended[index] = Finished(None, self._read(index, to_run[index]), timed_out=True)
            time.sleep(0.01)

    def _output(self, index: int) -> Path:
        return self.folder / f"output{index}.txt"

    def _read(self, index: int, job: Job) -> str:
        path = self._output(index)
        return path.read_text(encoding="utf-8", errors="replace") if job.capture and path.exists() else ""

    def _fork(self, job: Job, output: Path | None) -> int:
        sys.stdout.flush()
        sys.stderr.flush()
        # What the parent holds goes to a generation the child's garbage collector never walks, so
        # the child does not copy the parent's memory page by page just to collect it.
        gc.freeze()
        pid = os.fork()
        if pid:
            return pid
        code = 70  # the child failed before pytest could say anything
        try:
            os.setsid()  # its own process group, so a time limit stops what it starts too
            _become(job, output)
            import pytest

            code = int(pytest.main([*CHILD_ARGS, *job.args]))
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        except BaseException:  # noqa: BLE001 - say what went wrong, then leave the child
            import traceback

            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)


def _forget_project_modules(root: Path) -> None:
    """Drop from ``sys.modules`` every module loaded from the project's own files (tests,
    conftest files, the learner's code or the reference), so that the child imports each of them
    afresh, as a new process would. The framework and installed packages stay."""
    installed = {Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve()}
    # Most loaded modules are installed packages: a look at the text of their path spares
    # resolving thousands of paths in every child.
    installed_text = tuple({os.path.join(str(p), "") for p in (*installed, sys.prefix, sys.base_prefix)})
    for name, module in list(sys.modules.items()):
        if name == "kata_framework" or name.startswith("kata_framework."):
            continue
        file = getattr(module, "__file__", None)
        if not file or file.startswith(installed_text):
            continue
        path = Path(file).resolve()
        if path.is_relative_to(root) and not any(path.is_relative_to(prefix) for prefix in installed):
            del sys.modules[name]


def _become(job: Job, output: Path | None) -> None:
    """Make this forked child look like a fresh ``python -m pytest`` started for ``job``."""
    os.chdir(job.cwd)
    _forget_project_modules(Path(job.cwd).resolve())
    if job.env is not None:
        os.environ.clear()
        os.environ.update(job.env)
    if job.no_user_site:
        import site

        user_site = site.getusersitepackages()
        sys.path[:] = [p for p in sys.path if not p.startswith(user_site)]
    if output is not None:
        handle = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(handle, 1)
        os.dup2(handle, 2)
        os.close(handle)
    sys.argv = [str(Path(sys.executable)), *job.args]


def import_stack() -> float:
    """Import :data:`STACK` into this process (once), with one thread per numeric pool; the
    seconds it took."""
    for variable in ONE_THREAD:
        os.environ.setdefault(variable, "1")
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in STACK:
            try:
                __import__(name)
            except ImportError:  # an optional library missing costs its tests, not the runner
                pass
    # pytest and hypothesis look up the module of each frame they format, and inspect's first
    # lookup walks every loaded module: done here once instead of in every forked child.
    inspect.getmodule(import_stack.__code__)
    # The stack lives as long as this process: the garbage collector need not walk it again, not
    # even at exit, where that walk would cost most of a second.
    gc.freeze()
    return time.perf_counter() - start
