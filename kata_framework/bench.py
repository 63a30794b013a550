"""How fast feedback is on this machine: ``uv run python -m kata_framework.bench``.

Prints, in seconds and as a ratio to the time it takes to import the third-party stack once
(the unit every cold pytest run pays):

* a rerun after a save, through the warm runner ``watch`` uses: module 0 whole, and kata 3.1
  alone (a pure-Python module and an ML one);
* the same reruns started cold, as a plain ``python -m pytest`` would;
* ``grade`` and ``progress`` on the stubs and on the reference (skipped with ``--quick``).

Each figure is the median of ``--repeat`` runs. Run it before and after a change to the runner,
the plugin or the tests' imports, on a machine that is otherwise idle.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from .catalog import ROOT
from .warm import Job, WarmRunner

RERUNS = {
    "module 0 rerun": ["-q", "--tb=no", "tests/module0_business"],
    "kata 3.1 rerun": ["-q", "--tb=no", "--kata=3.1", "tests/module3_training"],
}


def _median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def stack_import_seconds(repeat: int) -> float:
    """Median seconds a fresh interpreter takes to import the stack (interpreter start included)."""
    command = [sys.executable, "-c", "from kata_framework.warm import import_stack; import_stack()"]
    return _median_seconds(lambda: subprocess.run(command, cwd=ROOT, check=True, capture_output=True), repeat)


def rerun_seconds(args: list[str], warm: bool, repeat: int, runner: WarmRunner) -> float:
    """Median seconds of one test run after a save (the warm parent already loaded)."""
    runner.warm = warm
    job = Job(["-p", "no:cacheprovider", *args])
    runner.run(job)  # the first run writes bytecode caches; a learner's rerun finds them
    return _median_seconds(lambda: runner.run(job), repeat)


def command_seconds(module: str, impl: str, repeat: int) -> float:
    command = [sys.executable, "-m", f"kata_framework.{module}", f"--impl={impl}",
               *(["--no-tracker"] if module == "progress" else [])]
    return _median_seconds(lambda: subprocess.run(command, cwd=ROOT, capture_output=True), repeat)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure how fast test feedback is on this machine.")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the median is shown (default 3)")
    parser.add_argument("--quick", action="store_true", help="reruns only, without grade and progress")
    args = parser.parse_args(argv)
    unit = stack_import_seconds(args.repeat)
    rows = [("stack import (fresh interpreter)", unit)]
    runner = WarmRunner()
    for name, pytest_args in RERUNS.items():
        rows.append((f"{name}, warm", rerun_seconds(pytest_args, True, args.repeat, runner)))
        rows.append((f"{name}, cold", rerun_seconds(pytest_args, False, args.repeat, runner)))
    if not args.quick:
        for command in ("grading", "progress"):
            for impl in ("katas", "reference"):
                if (ROOT / impl).is_dir():
                    rows.append((f"{'grade' if command == 'grading' else command} on {impl}/",
                                 command_seconds(command, impl, 1)))
    print(f"{'figure':<36} {'seconds':>8} {'x import':>9}")
    print("-" * 55)
    for name, seconds in rows:
        print(f"{name:<36} {seconds:>8.2f} {seconds / unit:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
