"""Run pytest in a child process and read back what the plugin recorded for every test.

The verify gate, the progress report, the capstone scorer and the graders all grade from the same
record: ``--kata-results`` makes the plugin write
``{"impl": ..., "tests": {nodeid: {"kata", "outcome"}}}``.

Graders use :func:`run_isolated`: pytest started with the released configuration only (an
explicit ``-c pyproject.toml`` and ``--rootdir``, so a ``pytest.toml``, ``pytest.ini``,
``tox.ini`` or ``setup.cfg`` a learner adds is never read), in an environment stripped to
:data:`KEPT_ENV` (no ``PYTEST_ADDOPTS``, ``PYTEST_PLUGINS``, ``PYTHONPATH``...), without the
user's site-packages, and stopped after a time budget.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import ROOT
from .warm import Job, WarmRunner

#: The only variables a grading run keeps from the caller's environment: what a process needs to
#: start on Linux, macOS and Windows, plus the capstone's hidden-test seed an instructor may set.
KEPT_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR", "TEMP", "TMP",
            "SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "COMSPEC", "PATHEXT", "USERPROFILE", "APPDATA",
            "LOCALAPPDATA", "CAPSTONE_HIDDEN_SEED")


def run_recorded(*pytest_args: str, cwd: Path = ROOT) -> tuple[dict | None, subprocess.CompletedProcess]:
    """Run ``python -m pytest`` with ``pytest_args`` in ``cwd`` (by default the repository root;
    the batch grader passes a restored copy of a submission).

    Returns the plugin's record (None when pytest stopped before writing it) and the finished
    process, whose output is captured.
    """
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "results.json"
        completed = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--kata-results={target}",
             *pytest_args], cwd=cwd, capture_output=True, text=True)
        record = json.loads(target.read_text(encoding="utf-8")) if target.exists() else None
    return record, completed


def clean_environment(home: Path | None = None) -> dict[str, str]:
    """:data:`KEPT_ENV` from this process's environment, no user site-packages, and ``home``
    as the home folder when given."""
    env = {name: os.environ[name] for name in KEPT_ENV if name in os.environ}
    env["PYTHONNOUSERSITE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"  # the output is read as UTF-8 (Windows would write cp1252)
    if home is not None:
        env["HOME"] = env["USERPROFILE"] = str(home)
    return env


@dataclass
class IsolatedRun:
    record: dict | None  # the plugin's record; None when pytest stopped before writing it
    output: str  # stdout and stderr
    messages: dict[str, str] = field(default_factory=dict)  # nodeid -> first line of its failure
    timed_out: bool = False


def isolated_job(pytest_args: tuple[str, ...] | list[str], target: Path, feedback: Path, cwd: Path = ROOT,
                 timeout: float | None = None, home: Path | None = None) -> Job:
    """The grader's pytest run (see the module docstring), recording to ``target`` and
    ``feedback``."""
    return Job(["-c", str(cwd / "pyproject.toml"), "--rootdir", str(cwd), "-p", "no:cacheprovider",
                "-p", "kata_framework.feedback", f"--kata-results={target}", f"--kata-feedback={feedback}",
                *pytest_args], cwd=cwd, env=clean_environment(home), timeout=timeout, no_user_site=True)


def run_isolated(*pytest_args: str, cwd: Path = ROOT, timeout: float | None = None,
                 home: Path | None = None) -> IsolatedRun:
    """Run pytest under ``cwd`` as a grader does (see the module docstring), in a fresh process,
    and read back the record and the first line of each red test's message. After ``timeout``
    seconds pytest and everything it started are killed: the run has no record and
    ``timed_out`` is set."""
    return run_isolated_many([pytest_args], cwd=cwd, timeout=timeout, home=home)[0]


def run_isolated_many(runs: list[tuple[str, ...] | list[str]], cwd: Path = ROOT, timeout: float | None = None,
                      home: Path | None = None, runner: WarmRunner | None = None, jobs: int = 1) -> list[IsolatedRun]:
    """:func:`run_isolated` for several argument lists, ``jobs`` at a time, each in its own
    process: forked from ``runner``'s warm interpreter when given, else a fresh subprocess."""
    runner = runner or WarmRunner(warm=False)
    with tempfile.TemporaryDirectory() as tmp:
        files = [(Path(tmp) / f"results{i}.json", Path(tmp) / f"feedback{i}.json") for i in range(len(runs))]
        finished = runner.run_many([isolated_job(args, target, feedback, cwd, timeout, home)
                                    for args, (target, feedback) in zip(runs, files, strict=True)], jobs)
        return [IsolatedRun(None if done.timed_out else read_record(target), done.output, read_record(feedback) or {},
                            done.timed_out)
                for done, (target, feedback) in zip(finished, files, strict=True)]


def read_record(path: Path) -> dict | None:
    """The JSON a run left at ``path``; None when it left none or stopped while writing it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def outcomes_by_kata(tests: dict[str, dict]) -> dict[str, list[str]]:
    """Kata id -> the outcomes of its tests, from a record's ``tests`` (unowned tests left out)."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for record in tests.values():
        if record["kata"]:
            grouped[record["kata"]].append(record["outcome"])
    return grouped
