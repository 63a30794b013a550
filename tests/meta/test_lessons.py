"""The lessons (``katas/moduleN_topic/lesson.py``, marimo notebooks) never rot.

Every notebook runs headless in this process, with marimo's own script runner, twice: on the
worked solutions every cell runs and every plot cell (a cell named ``plot_*``) draws a chart with
data; on the stubs no cell fails, and every cell that needs a kata shows the "Implement
<function> in <file>" callout of ``kata_framework.lessons`` or waits for a cell that does. A
notebook calls only names its kata files define, and only the catalog's functions among them, so
a renamed function fails here.
"""

from __future__ import annotations

import ast
import html
import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kata_framework import lessons
from kata_framework.catalog import KATAS_DIR, load_catalog

MODULES = load_catalog()
FOLDERS = [m.folder for m in MODULES]
#: What a stub's callout says (see kata_framework.lessons.message).
STUB_CALLOUT = re.compile(r"^Implement (\S+) in (katas/[\w/]+\.py) to see this\.")


def _notebook(folder: str) -> Path:
    return KATAS_DIR / folder / "lesson.py"


@dataclass
class Cell:
    name: str
    ran: bool
    output: object = None
    ancestors: set[str] = field(default_factory=set)


@dataclass
class Run:
    cells: dict[str, Cell]
    error: BaseException | None = None


def callout_text(output: object) -> str | None:
    """The plain text of a marimo callout, or None for any other output."""
    text = getattr(output, "text", None)
    if not isinstance(text, str) or not text.startswith("<marimo-callout-output"):
        return None
    inner = json.loads(html.unescape(re.search(r"data-html='([^']*)'", text).group(1)))
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", inner)).split())


def _run(path: Path) -> Run:
    """Run every cell of the notebook as ``marimo`` runs a script, keeping each cell's output."""
    from marimo._ast.app import InternalApp
    from marimo._ast.load import load_app
    from marimo._runtime.app.script_runner import AppScriptRunner

    app = load_app(path)  # parsed, not imported: no frame inspection, fast
    app._maybe_initialize()
    manager = app._cell_manager
    setup: dict = {}
    exec(compile(manager.cell_data_at("setup").code, str(path), "exec"), setup)
    setup.pop("__builtins__", None)
    try:
        outputs, _ = AppScriptRunner(InternalApp(app), filename=str(path), glbls=setup).run()
    except Exception as error:  # noqa: BLE001 - reported by the tests below
        return Run({}, error)
    cells = {}
    for data in manager.cell_data():
        if data.cell_id == "setup":
            continue
        cells[data.cell_id] = Cell(data.name, data.cell_id in outputs, outputs.get(data.cell_id),
                                   set(app._graph.ancestors(data.cell_id)))
    return Run(cells)


@contextmanager
def _implementation(impl: str) -> Iterator[None]:
    """Let the lessons import ``impl``; put back this process's ``katas`` modules afterwards."""
    saved_modules = {n: m for n, m in sys.modules.items() if n == "katas" or n.startswith("katas.")}
    saved_finders, saved_env = list(sys.meta_path), os.environ.get("KATA_IMPL")
    os.environ["KATA_IMPL"] = impl
    lessons._active = None
    try:
        yield
    finally:
        for name in [n for n in sys.modules if n == "katas" or n.startswith("katas.")]:
            del sys.modules[name]
        sys.modules.update(saved_modules)
        sys.meta_path[:] = saved_finders
        lessons._active = None
        if saved_env is None:
            os.environ.pop("KATA_IMPL", None)
        else:
            os.environ["KATA_IMPL"] = saved_env


def _run_on(folder: str, impl: str) -> Run:
    """One notebook on ``impl`` (each test runs one, so no test waits for all eighteen runs)."""
    if not _notebook(folder).is_file():
        pytest.fail(f"katas/{folder} has no lesson.py")
    with _implementation(impl):
        return _run(_notebook(folder))


def test_every_module_has_a_lesson():
    missing = [folder for folder in FOLDERS if not _notebook(folder).is_file()]
    assert not missing, f"modules without a lesson notebook (katas/<module>/lesson.py): {missing}"


@pytest.mark.parametrize("folder", FOLDERS)
def test_lesson_draws_every_chart_on_the_worked_solutions(folder):
    import altair as alt

    run = _run_on(folder, "reference")
    where = f"katas/{folder}/lesson.py on the worked solutions"
    assert run.error is None, f"{where}: a cell raised {type(run.error).__name__}: {run.error}"
    waiting = [c.name for c in run.cells.values() if not c.ran or callout_text(c.output)]
    assert not waiting, f"{where}: cells stopped instead of running: {waiting}"
    plots = {c.name: c.output for c in run.cells.values() if c.name.startswith("plot_")}
    assert plots, f"{where}: no plot cell (name the cells that draw plot_<what>)"
    for name, chart in plots.items():
        assert isinstance(chart, alt.TopLevelMixin), f"{where}: {name} shows {type(chart).__name__}, not a chart"
        spec = chart.to_dict()  # validates the specification against Vega-Lite's schema
        rows = sum(len(values) for values in spec.get("datasets", {}).values())
        assert rows, f"{where}: {name} draws a chart without data"


@pytest.mark.parametrize("folder", FOLDERS)
def test_lesson_shows_what_to_implement_on_the_stubs(folder):
    import altair as alt

    run = _run_on(folder, "katas")
    where = f"katas/{folder}/lesson.py on the stubs"
    assert run.error is None, f"{where}: a cell raised {type(run.error).__name__}: {run.error}"
    module = next(m for m in MODULES if m.folder == folder)
    functions = {k.display_path: set(k.functions) for k in module.katas}
    stopped = {cid for cid, c in run.cells.items() if callout_text(c.output)}
    assert stopped, f"{where}: no cell asks for a kata (every kata is a stub here)"
    for cid in stopped:
        text = callout_text(run.cells[cid].output)
        match = STUB_CALLOUT.match(text)
        assert match, f"{where}: {run.cells[cid].name} shows {text!r}, not what to implement"
        assert match.group(1) in functions.get(match.group(2), ()), (
            f"{where}: {text!r} names no function of that kata's catalog entry")
    for cell in run.cells.values():
        if not cell.ran:
            assert cell.ancestors & stopped, f"{where}: {cell.name} did not run, and no cell before it says why"
        elif cell.name.startswith("plot_") and not callout_text(cell.output):
            assert isinstance(cell.output, alt.TopLevelMixin), f"{where}: {cell.name} shows neither chart nor callout"


def _kata_attributes(folder: str) -> list[tuple[str, str]]:
    """(kata file stem, attribute) for every ``file.name`` a notebook uses on a kata module."""
    tree = ast.parse(_notebook(folder).read_text(encoding="utf-8"))
    imported = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module == f"katas.{folder}" for alias in node.names}
    return sorted({(node.value.id, node.attr) for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                   and isinstance(node.value, ast.Name) and node.value.id in imported})


@pytest.mark.parametrize("folder", FOLDERS)
def test_lesson_calls_only_the_catalog_functions(folder):
    if not _notebook(folder).is_file():
        pytest.skip("no lesson")
    module = next(m for m in MODULES if m.folder == folder)
    katas = {Path(k.file).stem: k for k in module.katas}
    problems = []
    for stem, name in _kata_attributes(folder):
        kata = katas.get(stem)
        if kata is None:
            problems.append(f"{stem}.{name}: {stem}.py is no kata of {folder}")
            continue
        top = {n.name: n for n in ast.parse(kata.stub_path.read_text(encoding="utf-8")).body
               if isinstance(n, ast.FunctionDef | ast.ClassDef)}
        assigned = {t.id for n in ast.parse(kata.stub_path.read_text(encoding="utf-8")).body
                    if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
        if name not in top and name not in assigned and name != "__file__":
            problems.append(f"{stem}.{name}: {kata.display_path} defines no {name}")
        elif isinstance(top.get(name), ast.FunctionDef) and name not in kata.functions:
            problems.append(f"{stem}.{name}: not among kata {kata.id}'s catalog functions {list(kata.functions)}")
    assert not problems, f"katas/{folder}/lesson.py: " + "; ".join(problems)


def _stopped_with(block) -> str:
    """The callout text a ``lessons`` helper stops a cell with (marimo's stop, outside marimo)."""
    from marimo._runtime.control_flow import MarimoStopError

    with _implementation("reference"), pytest.raises(MarimoStopError) as stop:
        block()
    return callout_text(stop.value.output)


def test_a_stub_is_named_with_its_file_and_test_command():
    def stub():
        raise NotImplementedError("kata 6.1: implement population_stability_index")

    assert _stopped_with(lambda: lessons.attempt(stub)) == (
        "Implement population_stability_index in katas/module6_monitoring/psi.py to see this. "
        "Then run its tests: uv run nox -s module6 -- --kata 6.1.")


def test_a_function_that_raises_is_named_with_the_error():
    def broken(values):
        raise ValueError("bins must be at least 2")

    broken.__module__ = "katas.module6_monitoring.psi"
    text = _stopped_with(lambda: lessons.attempt(broken, [1, 2]))
    assert text.startswith("broken (katas/module6_monitoring/psi.py) raised ValueError: bins must be at least 2"), text
    assert "uv run nox -s module6 -- --kata 6.1" in text


def test_a_kata_file_that_does_not_import_is_named_instead_of_a_traceback():
    from kata_framework.catalog import find_kata

    source = str(find_kata("6.1").stub_path)

    def import_broken_file():
        with lessons.kata_import():
            raise SyntaxError("invalid syntax", (source, 3, 5, "def psi(:\n"))

    text = _stopped_with(import_broken_file)
    assert text.startswith("katas/module6_monitoring/psi.py does not import (SyntaxError: invalid syntax"), text
