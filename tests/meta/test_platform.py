"""The framework gives the same results where POSIX-only facilities are missing, as on Windows.

Each test runs pytest twice in subprocesses, side by side: once as it is, once started through a
bootstrap that removes ``signal.SIGALRM``, ``signal.setitimer``/``getitimer`` and ``os.fork``
before pytest starts (so pytest-timeout picks its ``thread`` method, as it does on Windows), and
expects the same outcome for every test: the worked solution green, a stub NOT STARTED, and a
kata that loops forever red after one timeout, with its other tests failing at once.
(A stub is laid over the worked solution, so one run holds all three.)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kata_framework import timeouts
from kata_framework.catalog import ROOT, load_catalog

#: These tests start other processes: nox -s integration runs them (see CONTRIBUTING.md).
pytestmark = pytest.mark.integration

MODULE = load_catalog()[0]
HANGING, STUB = MODULE.katas[1:3]
#: Solved katas whose tests run well inside the short timeout even on a loaded machine.
QUICK = next(kata for kata in MODULE.katas if kata.id.endswith(".Q"))
TIMEOUT = 2

#: Started as ``python BOOTSTRAP pytest-arguments``: pytest without the POSIX-only facilities.
BOOTSTRAP = '''
import os, signal, sys
for name in ("SIGALRM", "setitimer", "getitimer", "ITIMER_REAL", "ITIMER_VIRTUAL", "ITIMER_PROF",
             "alarm", "pause", "siginterrupt"):
    if hasattr(signal, name):
        delattr(signal, name)
for name in ("fork", "forkpty", "register_at_fork"):
    if hasattr(os, name):
        delattr(os, name)
import pytest

code = pytest.main(sys.argv[1:])
method = sys.modules["pytest_timeout"].DEFAULT_METHOD if "pytest_timeout" in sys.modules else "none"
print(f"\\nbootstrap: timeout method {method}, fork {hasattr(os, 'fork')}")
sys.exit(code)
'''


def _overlays(tmp_path: Path) -> dict[str, str]:
    """The hanging kata loops forever in each function; the stub kata raises NotImplementedError."""
    hanging = tmp_path / "hanging.py"
    hanging.write_text("".join(f"def {name.split('.')[0]}(*args, **kwargs):\n    while True:\n        pass\n\n"
                               for name in HANGING.functions), encoding="utf-8")
    stub = tmp_path / "stub.py"
    stub.write_text("".join(f"def {name.split('.')[0]}(*args, **kwargs):\n    raise NotImplementedError\n\n"
                            for name in STUB.functions), encoding="utf-8")
    return {HANGING.import_name: str(hanging), STUB.import_name: str(stub)}


def _run_both(tmp_path: Path, *pytest_args: str) -> dict[str, tuple[dict, str]]:
    """``{"posix": ..., "fallback": ...}``: (recorded outcomes, output) of each run, run side by side."""
    bootstrap = tmp_path / "no_posix.py"
    bootstrap.write_text(BOOTSTRAP, encoding="utf-8")
    # pytest prints its summary in full on a CI server (CI, BUILD_NUMBER): read it as a terminal shows it.
    env = {**{k: v for k, v in os.environ.items() if k not in ("CI", "BUILD_NUMBER")}, "PYTHONIOENCODING": "utf-8"}
    runs = {}
    for name, launcher in (("posix", ["-m", "pytest"]), ("fallback", [str(bootstrap)])):
        results = tmp_path / f"{name}.json"
        command = [sys.executable, *launcher, "-p", "no:cacheprovider", f"--kata-results={results}", *pytest_args]
        runs[name] = (results, subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                                stderr=subprocess.STDOUT, encoding="utf-8", errors="replace"))
    finished = {}
    for name, (results, process) in runs.items():
        output, _ = process.communicate(timeout=300)
        assert results.exists(), f"the {name} run wrote no results:\n{output[-3000:]}"
        finished[name] = (json.loads(results.read_text(encoding="utf-8"))["tests"], output)
        results.unlink()
    return finished


def _outcomes(tests: dict, kata) -> list[str]:
    return [record["outcome"] for record in tests.values() if record["kata"] == kata.id]


@pytest.mark.timeout(300)
def test_reference_stub_and_endless_loop_end_alike_without_sigalrm_and_fork(tmp_path):
    runs = _run_both(tmp_path, "-o", f"timeout={TIMEOUT}", "--impl=reference",
                     f"--kata-overlays={json.dumps(_overlays(tmp_path))}",
                     *(arg for kata in (HANGING, STUB, QUICK) for arg in ("--kata", kata.id)),
                     str(MODULE.tests_dir))
    (posix, posix_out), (fallback, fallback_out) = runs["posix"], runs["fallback"]
    assert "bootstrap: timeout method thread, fork False" in fallback_out, fallback_out[-2000:]
    assert fallback == posix, "the same tests must end the same way without SIGALRM and fork"
    assert set(_outcomes(fallback, QUICK)) == {"passed"}, fallback_out[-3000:]
    assert set(_outcomes(fallback, STUB)) == {"not started"}, fallback_out[-3000:]
    hung = _outcomes(fallback, HANGING)
    assert len(hung) > 1 and set(hung) == {"failed"}, fallback_out[-3000:]
    for output in (posix_out, fallback_out):
        assert output.count("Timeout (>") == 1, f"exactly one test may wait out its timeout:\n{output[-3000:]}"
        assert output.count(f"kata {HANGING.id}: not run, because ") == len(hung) - 1, (
            f"the hanging kata's other tests must fail at once, without running:\n{output[-3000:]}")
        assert f"TODO {HANGING.id}" in output and "hung: a likely infinite loop in" in output, output[-3000:]
        assert "INTERNALERROR" not in output and "Traceback (most recent call last)" not in output


@pytest.mark.timeout(300)
def test_worked_solutions_end_alike_without_sigalrm_and_fork(tmp_path):
    """The module's other katas, at the usual timeout."""
    others = [kata for kata in MODULE.katas if kata not in (HANGING, STUB, QUICK)]
    runs = _run_both(tmp_path, "--impl=reference", *(arg for kata in others for arg in ("--kata", kata.id)),
                     str(MODULE.tests_dir))
    (posix, _), (fallback, output) = runs["posix"], runs["fallback"]
    assert fallback == posix, "the worked solutions must end the same way without SIGALRM and fork"
    assert fallback and {r["outcome"] for r in fallback.values()} == {"passed"}, output[-3000:]


def test_no_alarm_means_the_thread_method():
    """The fallback is chosen from what the platform has, exactly as pytest-timeout chooses."""
    import pytest_timeout

    assert (pytest_timeout.DEFAULT_METHOD == "signal") == timeouts.has_signal_alarm()
    assert not timeouts.uses_signal("thread")


class _Item:
    nodeid = "tests/meta/test_platform.py::loop"


def _settings(timeout: float):
    from pytest_timeout import Settings

    return Settings(timeout=timeout, method="thread", func_only=False, disable_debugger_detection=True)


def _spin_until(deadline: float) -> None:
    """An endless loop as learner code writes it, in a function of its own."""
    while time.monotonic() < deadline:
        pass


def test_the_thread_timer_stops_an_endless_loop_and_stops_it_again():
    timer = timeouts.ThreadTimeout(_Item(), _settings(0.2))
    timer.start()
    timer.enter("call")
    stops = []
    started = time.monotonic()
    try:
        for _ in range(2):  # a hypothesis test runs a failing example a second time
            with pytest.raises(pytest.fail.Exception, match=r"Timeout \(>0.2s\)") as caught:
                _spin_until(started + 10)
            stops.append(time.monotonic() - started)
    finally:
        timer.leave()
        timer.cancel()
    assert caught.typename == "Failed"
    assert stops[0] < 2 and stops[1] - stops[0] < 1 + timeouts.REFIRE_SECONDS, stops


def test_the_thread_timer_never_fires_outside_a_test_phase_or_after_cancel():
    timer = timeouts.ThreadTimeout(_Item(), _settings(0.05))
    timer.start()
    time.sleep(0.3)  # not inside setup, call or teardown: nothing may be raised here
    timer.cancel()
    time.sleep(0.1)
    assert not timer.thread.is_alive()


def test_an_import_error_is_blamed_on_the_kata_with_either_separator():
    from types import SimpleNamespace

    from kata_framework.plugin import KataSession

    kata = MODULE.katas[0]
    session = SimpleNamespace(config=SimpleNamespace(invocation_params=SimpleNamespace(dir=ROOT)), overlay_owner={})
    for separator in ("/", "\\"):
        text = f"E   in <module>\n{separator.join(['katas', MODULE.folder, kata.file])}:3: SyntaxError"
        assert KataSession._blames_kata_code(session, kata, text), f"not blamed on {kata.id}: {text}"
    assert not KataSession._blames_kata_code(session, kata, "tests\\helpers.py:3: SyntaxError")


def test_progress_is_written_even_while_windows_refuses_to_replace_the_open_file(tmp_path, monkeypatch):
    from kata_framework import tracker

    def refused(source, target):
        raise PermissionError(13, "The process cannot access the file because it is being used")

    target, partial = tmp_path / "PROGRESS.md", tmp_path / ".PROGRESS.md.partial"
    target.write_text("old\n", encoding="utf-8")
    partial.write_text("new\n", encoding="utf-8")
    monkeypatch.setattr(tracker.os, "replace", refused)
    monkeypatch.setattr(tracker.time, "sleep", lambda seconds: None)
    tracker._replace(partial, target, "new\n")
    assert target.read_bytes() == b"new\n" and not partial.exists()


def test_ci_runs_the_readme_test_command_on_every_platform_and_python():
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["test"]
    matrix = job["strategy"]["matrix"]
    assert set(matrix["os"]) == {"ubuntu-latest", "macos-latest", "windows-latest"}
    assert {"3.11", "3.13"} <= set(matrix["python"])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^(uv run nox -s \w+) +# the test command", readme, flags=re.MULTILINE)
    assert command, "the README names its test command"
    assert command.group(1) in [step.get("run") for step in job["steps"]], "CI must run the README's test command"
    steps = [step.get("uses", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert all(re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", uses) for uses in steps if uses), (
        f"actions are pinned by commit: {steps}")
