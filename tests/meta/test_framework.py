"""The kata framework contains bad learner code: a file that fails to import or a function that
loops forever makes its own kata red and leaves the other katas' results intact."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kata_framework.catalog import ROOT, load_catalog

MODULE = next(m for m in load_catalog() if len(m.katas) >= 3)
BROKEN, LOOPING, *HEALTHY = MODULE.katas[:3]


@pytest.mark.timeout(240)  # a whole pytest run in a subprocess, with timeouts to wait out
def test_broken_import_and_infinite_loop_are_contained(tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("raise RuntimeError('a typo at import time')\n")
    looping = tmp_path / "looping.py"
    looping.write_text(
        "def _forever(*args, **kwargs):\n    while True:\n        pass\n\n"
        + "".join(f"{name.split('.')[0]} = _forever\n" for name in LOOPING.functions))
    results = tmp_path / "results.json"
    overlays = {BROKEN.import_name: str(broken), LOOPING.import_name: str(looping)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--impl=reference",
               "--timeout=2", f"--kata-overlays={json.dumps(overlays)}", f"--kata-results={results}",
               *(str(p) for kata in MODULE.katas[:3] for p in kata.test_paths)]
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    outcomes = json.loads(results.read_text())["tests"]

    def of(kata):
        return [r["outcome"] for r in outcomes.values() if r["kata"] == kata.id]

    assert completed.returncode == 1, completed.stdout[-2000:]
    assert of(BROKEN) == ["broken"] * len(BROKEN.tests), "a kata file raising at import must show as BROKEN"
    assert f"BROKEN {BROKEN.id}" in completed.stdout
    assert "failed" in of(LOOPING) and "Timeout" in completed.stdout, "an endless loop must time out red"
    for kata in HEALTHY:
        assert of(kata) and set(of(kata)) == {"passed"}, f"kata {kata.id} was disturbed by its neighbours"


@pytest.mark.timeout(120)
def test_not_started_is_one_line_per_kata(tmp_path):
    kata = MODULE.katas[0]
    stub = tmp_path / "stub.py"
    stub.write_text("".join(
        f"def {name.split('.')[0]}(*args, **kwargs):\n    raise NotImplementedError\n\n"
        for name in kata.functions))
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--impl=reference",
         f"--kata-overlays={json.dumps({kata.import_name: str(stub)})}",
         *(str(p) for p in kata.test_paths)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    lines = [line for line in completed.stdout.splitlines() if line.startswith(f"NOT STARTED {kata.id}:")]
    assert len(lines) == 1, completed.stdout[-3000:]
    assert kata.functions[0].split(".")[0] in lines[0]
    assert "Traceback" not in completed.stdout
