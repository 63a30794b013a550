"""The framework's layout (kata_framework/__init__.py): which audience each module serves, and
who may import whom, read from the source with ``ast`` (imports inside functions count too)."""

from __future__ import annotations

import ast

from kata_framework.catalog import ROOT

PACKAGE = ROOT / "kata_framework"
IN_TEST = {"plugin", "implementations", "timeouts", "feedback", "expect", "timing", "strategies",
           "tripwire", "quiz", "data"}
LEARNER = {"grading", "progress", "tracker", "hints", "watch", "capstone"}
MAINTAINER = {"verify", "mutants", "bench", "release", "classroom", "instructor"}
SHARED = {"catalog", "scoring", "released", "results", "warm"}
LESSON = {"lessons"}
AUDIENCE = {**{m: "in-test" for m in IN_TEST}, **{m: "learner" for m in LEARNER},
            **{m: "maintainer" for m in MAINTAINER}, **{m: "shared" for m in SHARED},
            **{m: "lesson" for m in LESSON}}
#: Who may import whom, by audience.
ALLOWED = {"in-test": {"in-test", "shared"}, "learner": {"learner", "shared"},
           "maintainer": {"maintainer", "learner", "shared"}, "shared": {"shared"},
           "lesson": {"lesson", "in-test", "shared"}}


def _modules() -> list[str]:
    return sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")


def _imports(name: str) -> set[str]:
    """The framework modules ``name`` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level == 1:
                found |= {alias.name for alias in node.names}
            elif node.level == 0 and (node.module or "").startswith("kata_framework."):
                found.add(node.module.split(".")[1])
            elif node.level == 0 and node.module == "kata_framework":
                found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("kata_framework.")}
    return found & set(_modules())


def test_every_framework_module_has_an_audience():
    unknown = [m for m in _modules() if m not in AUDIENCE]
    assert not unknown, (f"say which audience kata_framework/{unknown[0]}.py serves: add it to "
                         "kata_framework/__init__.py's docstring and to the sets in tests/meta/test_layout.py")


def test_no_module_imports_beyond_its_audience():
    offenders = [f"{m} ({AUDIENCE[m]}) imports {i} ({AUDIENCE[i]})"
                 for m in _modules() if m in AUDIENCE for i in sorted(_imports(m))
                 if i in AUDIENCE and AUDIENCE[i] not in ALLOWED[AUDIENCE[m]]]
    assert not offenders, ("the plugin side imports no command, a learner's command no maintainers' tool, a "
                           "shared module only shared ones; move the rule both need into a shared module: "
                           + "; ".join(offenders))


def test_there_is_no_import_circle():
    graph = {m: _imports(m) for m in _modules()}
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str] | None:
        if module in path:
            return path[path.index(module):] + [module]
        if module in done:
            return None
        for imported in sorted(graph[module]):
            circle = visit(imported, path + [module])
            if circle:
                return circle
        done.add(module)
        return None

    for module in graph:
        circle = visit(module, [])
        assert circle is None, f"import circle: {' -> '.join(circle)}"
