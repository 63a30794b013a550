"""The catalog and the tree agree; stubs and references expose the same public API."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kata_framework.catalog import KATAS_DIR, REFERENCE_DIR, ROOT, TESTS_DIR, CatalogError, all_katas, load_catalog

MODULES = load_catalog()
KATAS = all_katas()


def _public_api(path: Path) -> dict[str, str]:
    """Top-level public names -> signature text (functions, classes and their public methods)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    api: dict[str, str] = {}

    def signature(node: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
        returns = f" -> {ast.unparse(node.returns)}" if node.returns else ""
        return f"({ast.unparse(node.args)}){returns}"

    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
            api[node.name] = signature(node)
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            api[node.name] = f"class({', '.join(map(ast.unparse, node.bases))})"
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
                        not item.name.startswith("_") or item.name == "__init__"):
                    api[f"{node.name}.{item.name}"] = signature(item)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and not target.id.startswith("_"):
                    api[target.id] = "constant"
    return api


def _docstrings(path: Path) -> dict[str, str | None]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name: ast.get_docstring(node) for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not node.name.startswith("_")}


def test_catalog_loads_with_unique_ids():
    ids = [kata.id for kata in KATAS]
    assert ids and len(ids) == len(set(ids))


@pytest.mark.parametrize("kata", KATAS, ids=lambda k: k.id)
def test_every_catalog_entry_has_its_files(kata):
    missing = [p.relative_to(ROOT).as_posix() for p in
               (kata.stub_path, kata.reference_path, *kata.test_paths, *(w.path for w in kata.wrong),
                *(r.path for r in kata.right))
               if not p.is_file()]
    assert not missing, f"kata {kata.id} names files that do not exist: {missing}"
    assert kata.hints, f"kata {kata.id} has no hints"
    assert kata.points > 0, f"kata {kata.id} is worth no points"


@pytest.mark.parametrize("kata", KATAS, ids=lambda k: k.id)
def test_stub_and_reference_expose_the_same_api(kata):
    stub, reference = _public_api(kata.stub_path), _public_api(kata.reference_path)
    assert stub == reference, (
        f"kata {kata.id}: {kata.display_path} and its reference differ in public names or signatures:\n"
        f"only in stub: {sorted(stub.items() - reference.items())}\n"
        f"only in reference: {sorted(reference.items() - stub.items())}")
    for function in kata.functions:
        assert function.split(".")[0] in stub, f"kata {kata.id}: catalog function {function} is not in the stub"


@pytest.mark.parametrize("kata", KATAS, ids=lambda k: k.id)
def test_stub_and_reference_share_docstrings(kata):
    stub, reference = _docstrings(kata.stub_path), _docstrings(kata.reference_path)
    differing = sorted(name for name in stub if stub[name] != reference.get(name))
    assert not differing, f"kata {kata.id}: docstrings differ between stub and reference for {differing}"
    undocumented = sorted(name for name in kata.functions if not stub.get(name.split(".")[0]))
    assert not undocumented, f"kata {kata.id}: {undocumented} need a docstring that is the spec"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.folder)
def test_module_tree_matches_the_catalog(module):
    owned = {kata.file for kata in module.katas}
    for root in (KATAS_DIR, REFERENCE_DIR):
        folder = root / module.folder
        files = {p.relative_to(folder).as_posix() for p in folder.rglob("*.py")
                 if p.name not in ("__init__.py", "lesson.py") and "__pycache__" not in p.parts}
        assert files == owned, (
            f"{folder.relative_to(ROOT)}: files without a kata {sorted(files - owned)}, "
            f"katas without a file {sorted(owned - files)}")
    assert (KATAS_DIR / module.folder / "README.md").is_file(), f"{module.folder} has no lesson README.md"
    test_files = {p.name for p in (TESTS_DIR / module.folder).glob("test_*.py")}
    claimed = [name for kata in module.katas for name in kata.tests]
    assert len(claimed) == len(set(claimed)), f"{module.folder}: a test file is claimed by two katas"
    assert test_files == set(claimed), (
        f"tests/{module.folder}: test files no kata owns {sorted(test_files - set(claimed))}, "
        f"catalog test files missing {sorted(set(claimed) - test_files)}")
    wrong_files = {p.name for p in (TESTS_DIR / module.folder / "known_wrong").glob("*.py")}
    named = {w.file for kata in module.katas for w in kata.wrong}
    assert wrong_files == named, f"tests/{module.folder}/known_wrong: unlisted {sorted(wrong_files - named)}"
    right_files = {p.name for p in (TESTS_DIR / module.folder / "known_right").glob("*.py")}
    named_right = {r.file for kata in module.katas for r in kata.right}
    assert right_files == named_right, (
        f"tests/{module.folder}/known_right: unlisted {sorted(right_files - named_right)}")


def test_every_module_folder_is_in_the_catalog():
    folders = {p.name for p in KATAS_DIR.iterdir() if p.is_dir() and p.name.startswith("module")}
    assert folders == {m.folder for m in MODULES}


def test_reference_uses_relative_imports_only():
    offenders = []
    for path in REFERENCE_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names
                          if n.split(".")[0] in ("katas", "reference")]
    assert not offenders, f"reference code must import its siblings relatively: {offenders}"


def test_classroom_workflow_and_released_checksums_are_current():
    from kata_framework import release

    assert not release.stale(), (
        f"out of date: {release.stale()}. After changing tests, catalog or framework, run "
        "`uv run python -m kata_framework.release` (it rewrites the Classroom workflow and RELEASED.sha256)")


def test_classroom_workflow_has_one_step_per_module_with_catalog_points():
    from kata_framework import classroom

    text = classroom.WORKFLOW.read_text(encoding="utf-8")
    for module in load_catalog():
        assert f"id: {module.session}\n" in text, f"the workflow has no step for module {module.number}"
        assert f"--module {module.number} --github-output" in text
        assert f"({module.points} points)" in text, f"module {module.number}'s step must show its catalog points"
        assert f"{module.session.upper()}_RESULTS:" in text, f"the reporter does not read module {module.number}"
    assert "classroom-resources/autograding-grading-reporter@v1" in text
    assert "astral-sh/setup-uv@" in text and "enable-cache: true" in text, \
        "the workflow must install uv with astral-sh/setup-uv and cache its downloads"


def test_kata_tests_never_import_the_worked_solutions():
    """A student's copy of the course has no reference/: tests import ``katas`` only (the
    --impl switch maps that to reference/ for maintainers)."""
    offenders = []
    for path in TESTS_DIR.glob("module*/**/*.py"):
        if "known_wrong" in path.parts or "known_right" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] == "reference"]
    assert not offenders, f"tests must not import reference/ (absent from the student template): {offenders}"


def test_the_contract_kept_with_module1_tests_agrees_with_the_worked_schema():
    import pandera.errors

    from kata_framework import data
    from reference.module1_data.schema import pokemon_schema as worked
    from tests.module1_data.contract import ACCEPTED_CELLS, REJECTED_CELLS

    clean = data.pokemon().head(40)

    def accepts(column, value):
        frame = clean.copy()
        if frame[column].dtype == "int64" and not isinstance(value, int):
            frame[column] = frame[column].astype(object)
        frame.loc[frame.index[5], column] = value
        try:
            worked().validate(frame, lazy=True)
            return True
        except (pandera.errors.SchemaErrors, pandera.errors.SchemaError):
            return False

    disagree = [name for name, column, value, _ in ACCEPTED_CELLS if not accepts(column, value)]
    disagree += [name for name, column, value, _ in REJECTED_CELLS if accepts(column, value)]
    assert not disagree, f"tests/module1_data/contract.py and reference/module1_data/schema.py disagree on {disagree}"


@pytest.mark.parametrize("table, why", [
    ({"test_other.py": 3}, "not among its tests"),
    ({"test_a.py": 10}, "leave some"),
    ({"test_a.py": 0}, "no points"),
], ids=["unknown-file", "all-the-points", "zero-points"])
def test_points_by_file_is_checked(table, why):
    from kata_framework.catalog import _points_by_file

    entry = {"tests": ["test_a.py", "test_b.py"], "points": 10, "points_by_file": table}
    with pytest.raises(CatalogError, match=why):
        _points_by_file(entry, "kata 9.9")
