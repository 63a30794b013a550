"""Kata 8.8: the docs checker finds every gap; the capstone's own code, README and PR description pass it.

Rules (documentation_gaps):
1. nothing reported on a documented file (private names and dunders other than __init__, nested
   functions, self/cls free):
   ``test_a_fully_documented_file_has_no_gaps``
2. every kind of gap, message "<line>: <name>: missing <what>", Class.method names, async too,
   keyword-only and positional-only arguments, a staticmethod's first argument (only self and cls
   are free), a first statement that is an expression but not a string (no docstring):
   ``test_every_kind_of_gap_is_reported``
3. in line order, methods and functions interleaved: ``test_gaps_come_in_line_order``
4. the capstone's files have no gap, and a gap put into each is found:
   ``test_capstone_code_has_type_hints_and_docstrings``

Rules (readme_markdown, pr_description, review_checklist):
5. README sections in order, commands in fenced blocks, results with 2 decimals:
   ``test_readme_has_the_sections_commands_and_results``
6. PR sections, bullets, rollback, relative change with 1 decimal: ``test_pr_description_has_the_sections_and_the_comparison``
7. eight distinct items covering the classic failures: ``test_review_checklist_covers_the_classic_failures``
"""

from __future__ import annotations

import ast
import importlib.util
import re
import textwrap
from pathlib import Path

import pytest

from katas.module8_capstone.documentation import documentation_gaps, pr_description, readme_markdown, review_checklist

WHERE = "katas/module8_capstone/documentation.py"
CAPSTONE_FILES = ["business", "data_pipeline", "features", "training", "evaluation", "service",
                  "monitoring", "documentation", "final_evaluation"]
PROJECT = {"title": "Card price prediction", "summary": "Prices Pokémon cards for sellers.",
           "setup": ["uv sync", "uv run python data/generate_dataset.py"],
           "usage": ["uv run uvicorn app:app --port 8000"],
           "results": {"mae": 24.4312, "mape": 0.2951}, "baseline": {"mae": 88.0166, "mape": 1.8234}}
CHANGE = {"title": "Ridge on log prices replaces the median baseline", "summary": "A first real model.",
          "motivation": "The median price misses by $88 on average.",
          "changes": ["engineered features", "ridge on log prices"],
          "results": {"mae": 24.43, "mape": 0.30}, "baseline": {"mae": 88.02, "mape": 1.82},
          "tests": ["schema tests", "leakage tests"], "risks": ["rare cards under-priced"],
          "rollback": "set MODEL_VERSION back to the baseline"}


def _write(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "snippet.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def test_a_fully_documented_file_has_no_gaps(tmp_path):
    path = _write(tmp_path, '''
        def price(card: dict, *extras: str, scale: float = 1.0, **options: int) -> float:
            """Price a card."""
            def helper(x):
                return x
            return 1.0

        async def fetch(url: str) -> bytes:
            """Fetch."""
            return b""

        def _private(x):
            return x

        class Service:
            """A service."""
            def __init__(self, model: object) -> None:
                """Keep the model."""
            def predict(self, row: dict) -> float:
                """Predict."""
                return 0.0
            def _cache(self, key):
                return key
            def __repr__(self):
                return "Service()"
            @classmethod
            def default(cls) -> "Service":
                """The service with no model."""
                return cls(None)
    ''')
    assert documentation_gaps(path) == [], (
        f"documentation_gaps ({WHERE}) reported gaps in a fully documented file: private names "
        "(__repr__ too: only __init__ is checked among the names starting with '_'), nested "
        "functions, self and cls need nothing")


def test_every_kind_of_gap_is_reported(tmp_path):
    path = _write(tmp_path, '''
        def no_doc(x: int) -> int:
            return x

        def no_return(x: int):
            """Doc."""

        def no_arg_hint(x, y: int) -> None:
            """Doc."""

        async def no_star_hints(*args, **kwargs) -> None:
            """Doc."""

        class Model:
            """Doc."""
            def __init__(self, path):
                """Doc."""
            def predict(self, rows: list) -> list:
                return rows
            @staticmethod
            def load(path) -> "Model":
                """Doc."""

        def no_keyword_only_hint(x: int, *, scale) -> None:
            """Doc."""

        def no_positional_only_hint(x, /, y: int) -> None:
            """Doc."""

        def logs_before_anything(x: int) -> None:
            print("a call, not a docstring")
    ''')
    gaps = documentation_gaps(path)
    expected = [("no_doc", "docstring"), ("no_return", "return annotation"),
                ("no_arg_hint", "annotation for x"), ("no_star_hints", "annotation for args"),
                ("no_star_hints", "annotation for kwargs"), ("Model.__init__", "annotation for path"),
                ("Model.__init__", "return annotation"), ("Model.predict", "docstring"),
                ("Model.load", "annotation for path"), ("no_keyword_only_hint", "annotation for scale"),
                ("no_positional_only_hint", "annotation for x"), ("logs_before_anything", "docstring")]
    for name, what in expected:
        assert any(f"{name}: missing {what}" in gap for gap in gaps), (
            f"documentation_gaps ({WHERE}) did not report '{name}: missing {what}'; got {gaps}")
    assert len(gaps) == len(expected), f"documentation_gaps ({WHERE}): expected {len(expected)} gaps, got {gaps}"
    assert gaps[0].startswith("2:"), f"documentation_gaps ({WHERE}): start each gap with its line number"


def test_gaps_come_in_line_order(tmp_path):
    path = _write(tmp_path, '''
        class Early:
            """Doc."""
            def first(self, x) -> int:
                """Doc."""
                return x

        def middle(y: int):
            """Doc."""

        class Late:
            """Doc."""
            def last(self) -> None:
                pass
    ''')
    gaps = documentation_gaps(path)
    names = [gap.split(": ")[1] for gap in gaps]
    assert names == ["Early.first", "middle", "Late.last"], (
        f"documentation_gaps ({WHERE}): report the gaps in line order, methods and functions "
        f"interleaved as they appear in the file; got {gaps}")


def _independent_gaps(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_")):
        nodes += [n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    gaps = []
    for node in nodes:
        if node.name.startswith("_") and node.name != "__init__":
            continue
        args = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs,
                *filter(None, [node.args.vararg, node.args.kwarg])]
        if ast.get_docstring(node) is None or node.returns is None or any(
                a.annotation is None and a.arg not in ("self", "cls") for a in args):
            gaps.append(f"{node.lineno}: {node.name}")
    return gaps


def _without_first_docstring(source: str) -> tuple[str, str]:
    """The source with the docstring of its first public function removed, and that function's
    "<line>: <name>" (the line of its ``def``)."""
    tree = ast.parse(source)
    function = next(node for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                    and not node.name.startswith("_") and ast.get_docstring(node) is not None)
    doc = function.body[0]
    lines = source.splitlines(keepends=True)
    indent = " " * doc.col_offset
    replacement = [f"{indent}pass\n"] if len(function.body) == 1 else []
    lines[doc.lineno - 1: doc.end_lineno] = replacement
    return "".join(lines), f"{function.lineno}: {function.name}"


@pytest.mark.parametrize("name", CAPSTONE_FILES)
def test_capstone_code_has_type_hints_and_docstrings(name, tmp_path):
    path = Path(importlib.util.find_spec(f"katas.module8_capstone.{name}").origin)
    actual = _independent_gaps(path)
    assert not actual, f"katas/module8_capstone/{name}.py: add type hints and docstrings to {actual}"
    reported = documentation_gaps(path)
    assert reported == [], f"documentation_gaps ({WHERE}) reports {reported} in {name}.py, which has none"
    source, where = _without_first_docstring(path.read_text(encoding="utf-8"))
    broken = tmp_path / f"{name}.py"
    broken.write_text(source, encoding="utf-8")
    found = documentation_gaps(broken)
    assert [gap for gap in found if gap.startswith(where) and gap.endswith("docstring")], (
        f"documentation_gaps ({WHERE}): a copy of {name}.py without the docstring of its first "
        f"function should report '{where}: missing docstring'; got {found}")


def _sections(markdown: str) -> list[str]:
    return [h.strip() for h in re.findall(r"^##\s+(.+)$", markdown, flags=re.MULTILINE)]


def test_readme_has_the_sections_commands_and_results():
    readme = readme_markdown(PROJECT)
    assert readme.startswith("# Card price prediction"), f"readme_markdown ({WHERE}): start with '# <title>'"
    sections = _sections(readme)
    expected = ["Overview", "Setup", "Usage", "Data", "Model", "Results", "Testing"]
    assert [s for s in sections if s in expected] == expected, (
        f"readme_markdown ({WHERE}): need the sections {expected} in order, got {sections}")
    blocks = re.findall(r"```(?:bash|sh|shell)?\n(.*?)```", readme, flags=re.DOTALL)
    commands = {line.strip() for block in blocks for line in block.splitlines()}
    missing = [c for c in PROJECT["setup"] + PROJECT["usage"] if c not in commands]
    assert not missing, f"readme_markdown ({WHERE}): put {missing} in fenced code blocks, one per line"
    for value in ("24.43", "0.30", "88.02", "1.82"):
        assert value in readme, f"readme_markdown ({WHERE}): the results must show {value}"


def test_pr_description_has_the_sections_and_the_comparison():
    text = pr_description(CHANGE)
    sections = [s.lower() for s in _sections(text)]
    for section in ("summary", "motivation", "changes", "results", "testing", "risks and rollback"):
        assert section in sections, f"pr_description ({WHERE}): missing the section '## {section.title()}'"
    for item in CHANGE["changes"] + CHANGE["tests"] + CHANGE["risks"]:
        assert f"- {item}" in text, f"pr_description ({WHERE}): list '{item}' as a bullet"
    assert CHANGE["rollback"] in text, f"pr_description ({WHERE}): state the rollback plan"
    assert re.search(r"-72\.2\s*%", text) and re.search(r"-83\.5\s*%", text), (
        f"pr_description ({WHERE}): show each metric's relative change against the baseline "
        "(mae 88.02 -> 24.43 is -72.2%)")


def test_review_checklist_covers_the_classic_failures():
    items = review_checklist()
    assert len(items) >= 8 and len(set(items)) == len(items) and all(i.strip() for i in items), (
        f"review_checklist ({WHERE}): at least eight distinct items")
    text = " ".join(items).lower()
    for topic, words in {"leakage": ["leak"], "test set": ["test set"], "seeds": ["seed", "random_state"],
                         "documentation": ["docstring", "type hint"], "secrets": ["secret", "credential"]}.items():
        assert any(w in text for w in words), f"review_checklist ({WHERE}): add an item about {topic}"
