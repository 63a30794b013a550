"""kata_framework.warm: a grading run forked from the warm parent records what a fresh process
records, and the runner falls back to fresh processes wherever forking is not safe."""

from __future__ import annotations

import importlib
import os
import time

import pytest

from kata_framework import warm
from kata_framework.catalog import ROOT, find_kata
from kata_framework.results import IsolatedRun, run_isolated_many

#: These tests start other processes: nox -s integration runs them (see CONTRIBUTING.md).
pytestmark = pytest.mark.integration

KATA = find_kata("0.2")
RUN = ["-q", "--tb=no", "--timeout=10", f"--kata={KATA.id}", *(p.relative_to(p.parents[2]).as_posix()
                                                              for p in KATA.test_paths)]
RUNS = [RUN, ["--impl=reference", *RUN]]


def _outcomes(run: IsolatedRun) -> dict[str, str]:
    assert run.record is not None, f"the run left no record:\n{run.output[-2000:]}"
    return {nodeid: entry["outcome"] for nodeid, entry in run.record["tests"].items()}


@pytest.fixture(scope="module")
def fresh() -> list[IsolatedRun]:
    return run_isolated_many(RUNS, runner=warm.WarmRunner(warm=False), jobs=2)


def test_fresh_runs_see_the_stub_red_and_the_reference_green(fresh):
    assert set(_outcomes(fresh[1]).values()) == {"passed"}
    assert "passed" not in set(_outcomes(fresh[0]).values())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forking exists on POSIX only; the fallback is tested below")
def test_a_forked_run_records_what_a_fresh_process_records(fresh):
    assert warm.can_fork(), "a test process on POSIX runs one thread, so the runner must fork here"
    # This process has the kata's tests imported, bound to whichever implementation it runs: a
    # child must import them afresh for its own implementation, as a new process would.
    importlib.import_module("tests.module0_business.test_roi")
    runner = warm.WarmRunner(warm=True)
    forked = run_isolated_many(RUNS, runner=runner, jobs=2)
    for cold, child in zip(fresh, forked, strict=True):
        assert _outcomes(child) == _outcomes(cold)
        assert child.messages == cold.messages
        assert "warning" not in child.output.lower(), \
            f"a forked run shows warnings a fresh one does not:\n{child.output}"


@pytest.mark.skipif(not hasattr(os, "waitid"), reason="waiting without reaping needs waitid (POSIX)")
def test_the_runner_reaps_only_its_own_children():
    """watch and grade run in an interpreter that may wait for other processes of its own."""
    import subprocess
    import sys
    other = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    os.waitid(os.P_PID, other.pid, os.WEXITED | os.WNOWAIT)  # it has ended, not yet reaped
    assert warm.WarmRunner(warm=True).run(warm.Job(["--version"])).returncode == 0
    assert other.wait(timeout=10) == 3, "the runner reaped a process it did not start"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forking exists on POSIX only")
def test_a_forked_run_past_its_time_limit_is_stopped(tmp_path):
    (tmp_path / "test_hang.py").write_text("import time\n\ndef test_hangs():\n    time.sleep(60)\n")
    started = time.monotonic()
    done = warm.WarmRunner(warm=True).run(warm.Job(
        ["-p", "no:cacheprovider", "--rootdir", str(tmp_path), "test_hang.py"], cwd=tmp_path, timeout=1.0))
    assert done.timed_out and done.returncode is None, f"a run past its limit must be stopped: {done}"
    assert time.monotonic() - started < 10, "the time limit must stop the run promptly"


def test_without_fork_the_runner_starts_fresh_processes(monkeypatch):
    started = []
    monkeypatch.setattr(warm, "_subprocess", lambda job: started.append(job) or warm.Finished(0, ""))
    monkeypatch.delattr(os, "fork", raising=False)
    runner = warm.WarmRunner(warm=True)
    assert not runner.warm, "without os.fork the runner must not try to fork"
    job = warm.Job(["--version"])
    assert runner.run_many([job, job]) == [warm.Finished(0, ""), warm.Finished(0, "")]
    assert started == [job, job]


def test_a_second_thread_makes_the_runner_start_fresh_processes(monkeypatch):
    monkeypatch.setattr(warm.threading, "active_count", lambda: 2)
    assert not warm.can_fork(), "forking with another thread running can deadlock the child"
    started = []
    monkeypatch.setattr(warm, "_subprocess", lambda job: started.append(job) or warm.Finished(0, ""))
    warm.WarmRunner(warm=True).run(warm.Job(["--version"]))
    assert len(started) == 1


def _graded(grades) -> list[tuple]:
    """Everything a learner reads from a grade: per kata its status, points and test outcomes,
    and the first failure message of every red test."""
    from kata_framework.grading import kata_status
    return [(k.kata.id, kata_status(k), k.points, sorted((t.nodeid, t.outcome) for t in k.tests))
            for g in grades for k in g.katas] + [sorted(g.messages.items()) for g in grades]


#: On the worked solutions every test runs its full course, so the gate compares three modules
#: that between them hold each kind of test: plain Python (0), models, MLflow and timing (3), a
#: FastAPI service and processes under PYTHONHASHSEED (5). The stubs are compared on every module.
COMPARED = {"katas": None, "reference": (0, 3, 5)}


def compare_runners(impl: str) -> None:
    """Grade the compared modules cold, then warm, and fail on any difference."""
    from kata_framework.catalog import load_catalog
    from kata_framework.grading import run_modules
    modules = [m for m in load_catalog() if COMPARED[impl] is None or m.number in COMPARED[impl]]
    cold = run_modules(modules, impl)
    hot = run_modules(modules, impl, runner=warm.WarmRunner(warm=True))
    assert all(g.problem is None for g in cold + hot), [g.problem for g in cold + hot if g.problem]
    differences = [(c, h) for c, h in zip(_graded(cold), _graded(hot), strict=True) if c != h]
    assert not differences, "grading warm and grading cold disagree (cold, warm): " + repr(differences)[:2500]


@pytest.mark.timeout(900)
@pytest.mark.skipif(not hasattr(os, "fork"), reason="forking exists on POSIX only")
@pytest.mark.parametrize("impl", ["katas", "reference"], ids=["stubs", "worked-solutions"])
def test_grading_warm_gives_what_grading_cold_gives(impl):
    """nox -s grade and progress fork each module from the warm runner; the Classroom grades cold.
    Both must agree point for point, on the stubs and on the worked solutions.

    The comparison runs in a fresh interpreter, as grade does: this test process may hold native
    thread pools (OpenMP, from the katas' model tests run before it) that a forked child must not
    inherit."""
    import subprocess
    import sys
    env = {**os.environ, **dict.fromkeys(warm.ONE_THREAD, "1")}
    done = subprocess.run([sys.executable, "-c", f"from tests.meta.test_warm import compare_runners; "
                           f"compare_runners({impl!r})"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=880)
    assert done.returncode == 0, done.stderr[-3000:]
