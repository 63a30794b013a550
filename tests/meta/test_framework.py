"""The kata framework contains bad learner code: a file that fails to import or a function that
loops forever makes its own kata red and leaves the other katas' results intact."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kata_framework.catalog import ROOT, load_catalog
from kata_framework.plugin import _unimplemented, native

#: These tests start other processes: nox -s integration runs them (see CONTRIBUTING.md).
pytestmark = pytest.mark.integration

#: pytest prints its summary in full on a CI server (it reads CI and BUILD_NUMBER): these tests read
#: the output as a learner's terminal shows it, wherever they run.
LOCAL_ENV = {name: value for name, value in os.environ.items() if name not in ("CI", "BUILD_NUMBER")}

MODULE = next(m for m in load_catalog() if len(m.katas) >= 3)
BROKEN, LOOPING = MODULE.katas[:2]
#: A neighbour whose tests finish well inside the short timeout below, even on a loaded machine.
HEALTHY = [kata for kata in MODULE.katas if kata.id.endswith(".Q")]


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
               *(str(p) for kata in (BROKEN, LOOPING, *HEALTHY) for p in kata.test_paths)]
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, env=LOCAL_ENV)
    outcomes = json.loads(results.read_text())["tests"]

    def of(kata):
        return [r["outcome"] for r in outcomes.values() if r["kata"] == kata.id]

    assert completed.returncode == 1, completed.stdout[-2000:]
    assert of(BROKEN) == ["broken"] * len(BROKEN.tests), "a kata file raising at import must show as BROKEN"
    assert f"BROKEN {BROKEN.id}" in completed.stdout
    assert set(of(LOOPING)) == {"failed"} and completed.stdout.count("Timeout (>") == 1, (
        "an endless loop must time out red once; the kata's other tests then fail without running")
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
         *(str(p) for p in kata.test_paths)], cwd=ROOT, capture_output=True, text=True, timeout=600, env=LOCAL_ENV)
    lines = [line for line in completed.stdout.splitlines() if line.startswith(f"NOT STARTED {kata.id}:")]
    assert len(lines) == 1, completed.stdout[-3000:]
    assert kata.functions[0].split(".")[0] in lines[0]
    assert "Traceback" not in completed.stdout


def _run(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=600,
                          env={**LOCAL_ENV, "PYTHONIOENCODING": "utf-8", **(env or {})})


SOLVED_KATA = MODULE.katas[1]


@pytest.mark.timeout(120)
def test_a_run_of_one_test_shows_no_points_and_a_one_line_header():
    test_file = SOLVED_KATA.test_paths[0]
    first_test = next(node.name for node in ast.parse(test_file.read_text(encoding="utf-8")).body
                      if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
                      and "parametrize" not in ast.unparse(node))  # a node id as an IDE's gutter sends it
    shown = _run("--impl=reference", f"{test_file.relative_to(ROOT).as_posix()}::{first_test}").stdout
    lines = shown.splitlines()
    assert any(line.startswith("katas: testing reference/") for line in lines), shown
    for noise in ("rootdir:", "plugins:", "timeout method:", "platform "):
        assert not any(line.startswith(noise) for line in lines), f"{noise!r} belongs to -v only:\n{shown}"
    assert any(line.startswith(f"PARTIAL {SOLVED_KATA.id} ") for line in lines), shown
    summary = shown.split(f"PARTIAL {SOLVED_KATA.id} ")[1]
    assert not re.search(r"\d/\d+(\.\d+)? points", summary), f"a partial run must show no points:\n{summary}"


@pytest.mark.timeout(120)
def test_a_test_needing_another_katas_stub_says_which_kata_to_do_first(tmp_path):
    """The stub kata's unfinished method is named with its class; the kata calling it waits."""
    stub_kata, caller = MODULE.katas[2], MODULE.katas[3]
    stub = tmp_path / "stub.py"
    stub.write_text("class Draft:\n    def compute(self):\n        raise NotImplementedError\n\n" + "".join(
        f"def {name.split('.')[0]}(*args, **kwargs):\n    return Draft().compute()\n\n"
        for name in stub_kata.functions), encoding="utf-8")
    calling = tmp_path / "calling.py"
    first = stub_kata.functions[0].split(".")[0]
    calling.write_text("".join(
        f"def {name.split('.')[0]}(*args, **kwargs):\n"
        f"    from {stub_kata.import_name} import {first}\n    return {first}()\n\n"
        for name in caller.functions), encoding="utf-8")
    overlays = {stub_kata.import_name: str(stub), caller.import_name: str(calling)}
    shown = _run("--impl=reference", "-v", f"--kata-overlays={json.dumps(overlays)}", "--kata", stub_kata.id,
                 "--kata", caller.id, str(MODULE.tests_dir)).stdout
    assert "plugins:" in shown and "timeout method:" in shown, f"-v shows pytest's header:\n{shown[:2000]}"
    assert f"NOT STARTED {stub_kata.id}: implement Draft.compute in " in shown, shown[-3000:]
    waiting = next((line for line in shown.splitlines() if line.startswith(f"WAITING {caller.id} ")), "")
    assert f"waiting on {stub_kata.id}: implement Draft.compute in {native(stub_kata.display_path)}" in waiting, \
        shown[-3000:]


@pytest.mark.timeout(120)
def test_a_fixture_failing_alike_for_many_tests_shows_its_traceback_once(tmp_path):
    (tmp_path / "test_fixture_fails.py").write_text(
        "import pytest\n\n@pytest.fixture\ndef table():\n    raise ValueError('the table could not be built')\n\n"
        + "".join(f"def test_{n}(table):\n    pass\n\n" for n in "abc"), encoding="utf-8")
    shown = _run("-p", "kata_framework.plugin", "test_fixture_fails.py", cwd=tmp_path,
                 env={"PYTHONPATH": str(ROOT)}).stdout
    assert shown.count("raise ValueError") == 1, shown
    assert shown.count("the same setup error as test_fixture_fails.py::test_a") == 2, shown


def test_unimplemented_names_methods_with_their_class(tmp_path):
    source = tmp_path / "kata.py"
    source.write_text("class Model:\n    def fit(self):\n        raise NotImplementedError('kata: implement fit')\n"
                      "    def predict(self):\n        return 1\n\n"
                      "def score():\n    raise NotImplementedError\n", encoding="utf-8")
    assert _unimplemented(source) == ["Model.fit", "score"]


def test_a_one_kata_run_imports_only_that_katas_test_files():
    """--kata 0.2 over module 0's folder: the other katas' test files are not imported at all, so
    a one-kata rerun does not pay for their imports."""
    completed = _run("--collect-only", "-q", "tests/module0_business", "--kata", "0.2")
    collected = {line.split("::")[0] for line in completed.stdout.splitlines() if "::" in line}
    assert collected == {"tests/module0_business/test_roi.py"}, completed.stdout[-2000:]
    assert "deselected" not in completed.stdout, "other katas' files must be skipped before they are imported"


def test_every_hook_of_the_plugin_is_one_pytest_registers():
    """pytest registers a plugin's function as a hook only when its name starts with ``pytest_``
    (even with a ``specname``); any other name is silently ignored."""
    from kata_framework import plugin

    marked = [name for name, value in vars(plugin).items() if hasattr(value, "pytest_impl")]
    assert marked, "the plugin marks its hooks with pytest.hookimpl"
    ignored = [name for name in marked if not name.startswith("pytest_")]
    assert not ignored, f"kata_framework/plugin.py: pytest never calls {ignored}; rename each to pytest_..."


def test_a_stubs_not_started_report_is_built_by_the_plugin_without_formatting(pytestconfig):
    from kata_framework import plugin

    implementations = pytestconfig.pluginmanager.hook.pytest_runtest_makereport.get_hookimpls()
    assert plugin.pytest_kata_unformatted_not_started_report in [impl.function for impl in implementations], (
        "the plugin's NotImplementedError report must be registered for pytest_runtest_makereport")


def test_derandomized_examples_do_not_depend_on_which_modules_are_loaded(tmp_path, monkeypatch):
    """Hypothesis would draw some examples from literals of the project's loaded modules: a run of
    one kata and a run of its module would then test other examples."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    seen: list[int] = []

    @settings(derandomize=True, max_examples=300, database=None)
    @given(st.integers(min_value=10**6, max_value=10**7))
    def record(value):
        seen.append(value)

    record()
    before, seen[:] = list(seen), []
    literals = ", ".join(str(1_234_567 + 7919 * i) for i in range(200))
    (tmp_path / "kata_literals.py").write_text(f"VALUES = [{literals}]\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import kata_literals  # noqa: F401 - loaded only to offer its literals

    record()
    assert seen == before, "the examples changed once a module with other literals was loaded"
