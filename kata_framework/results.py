"""Run pytest in a child process and read back what the plugin recorded for every test.

The verify gate, the progress report and the capstone scorer all grade from the same record:
``--kata-results`` makes the plugin write ``{"impl": ..., "tests": {nodeid: {"kata", "outcome"}}}``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from .catalog import ROOT


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


def outcomes_by_kata(tests: dict[str, dict]) -> dict[str, list[str]]:
    """Kata id -> the outcomes of its tests, from a record's ``tests`` (unowned tests left out)."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for record in tests.values():
        if record["kata"]:
            grouped[record["kata"]].append(record["outcome"])
    return grouped
