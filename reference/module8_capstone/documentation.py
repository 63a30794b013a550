"""Kata 8.8: documentation that a reviewer can check: docstrings, type hints, README and PR sections."""

from __future__ import annotations

import ast
from pathlib import Path

README_SECTIONS = ("Overview", "Setup", "Usage", "Data", "Model", "Results", "Testing")
PR_SECTIONS = ("Summary", "Motivation", "Changes", "Results", "Testing", "Risks and Rollback")


def documentation_gaps(path: Path) -> list[str]:
    """List the public functions and methods of a Python file that lack docs or type hints.

    Args:
        path: a Python source file. It is parsed with ``ast``, never imported or run.

    Returns:
        One message per gap, ``"<line>: <name>: missing <what>"`` where ``<what>`` is
        ``docstring``, ``return annotation`` or ``annotation for <argument>``, in line order;
        an empty list when everything is documented. Checked: top-level functions (async
        ones too) and the methods of top-level classes, whose names do not start with ``_``
        (``__init__`` is checked). ``self`` and ``cls`` need no annotation; ``*args`` and
        ``**kwargs`` do. Nested functions are ignored. For a method, ``<name>`` is
        ``Class.method``.

    Example:
        >>> documentation_gaps(Path("katas/module8_capstone/business.py"))  # doctest: +SKIP
        []

    Type hints and docstrings are the documentation that cannot drift far from the code:
    a reviewer reads them first, an IDE shows them, a type checker verifies them.
    """
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    functions: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions.append((node.name, node))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            functions += [(f"{node.name}.{item.name}", item) for item in node.body
                          if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))]
    gaps = []
    for name, function in sorted(functions, key=lambda pair: pair[1].lineno):
        short = name.rsplit(".", 1)[-1]
        if short.startswith("_") and short != "__init__":
            continue
        where = f"{function.lineno}: {name}: missing"
        if ast.get_docstring(function) is None:
            gaps.append(f"{where} docstring")
        arguments = function.args
        every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                 *filter(None, [arguments.vararg, arguments.kwarg])]
        gaps += [f"{where} annotation for {arg.arg}" for arg in every
                 if arg.annotation is None and arg.arg not in ("self", "cls")]
        if function.returns is None:
            gaps.append(f"{where} return annotation")
    return gaps


def readme_markdown(project: dict) -> str:
    """The project's README.md.

    Args:
        project: ``{"title": str, "summary": str, "setup": [shell commands],
            "usage": [shell commands], "results": {metric: number}, "baseline":
            {metric: number}}`` (``baseline`` has the same metrics as ``results``).

    Returns:
        Markdown starting with ``# <title>`` and the summary, then a ``##`` heading for each
        of Overview, Setup, Usage, Data, Model, Results and Testing (in that order). Setup
        and Usage show their commands in fenced code blocks (```` ```bash ````), one command per
        line; Results shows every metric of the model and of the baseline with 2 decimals.

    Example:
        >>> readme_markdown(project).startswith("# Card price prediction")  # doctest: +SKIP
        True

    A README is the first thing a new teammate runs: if the setup commands are not there,
    word for word, the project does not exist for them.
    """
    setup = "\n".join(project["setup"])
    usage = "\n".join(project["usage"])
    rows = "\n".join(f"| {metric} | {project['baseline'][metric]:.2f} | {value:.2f} |"
                     for metric, value in project["results"].items())
    return f"""# {project['title']}

{project['summary']}

## Overview
Predicts the sale price of a Pokémon card from its set, rarity, grade, language and species.

## Setup
```bash
{setup}
```

## Usage
```bash
{usage}
```

## Data
Card sales from 2022 to 2025, validated by a pandera schema and split by sale date.

## Model
A scikit-learn pipeline: engineered features, one-hot categories, a regressor on log prices.

## Results
| metric | median baseline | model |
|---|---|---|
{rows}

## Testing
Run the test suite with `pytest`; the tests cover the schema, the split, leakage and the API.
"""


def pr_description(change: dict) -> str:
    """The pull-request description for a model change.

    Args:
        change: ``{"title": str, "summary": str, "motivation": str, "changes": [str],
            "results": {metric: number}, "baseline": {metric: number}, "tests": [str],
            "risks": [str], "rollback": str}``.

    Returns:
        Markdown starting with ``# <title>``, then a ``##`` heading for each of Summary,
        Motivation, Changes, Results, Testing, and Risks and Rollback. Changes, Testing and
        Risks are bullet lists (``- item``) of the given items; Results is a Markdown table
        with one row per metric holding the baseline value, the new value (2 decimals) and
        the relative change in percent (1 decimal, e.g. ``-41.3%``); the rollback plan
        appears under Risks and Rollback.

    Example:
        >>> "## Risks and Rollback" in pr_description(change)  # doctest: +SKIP
        True
    """
    def bullets(items: list[str]) -> str:
        return "\n".join(f"- {item}" for item in items)

    rows = "\n".join(
        f"| {metric} | {change['baseline'][metric]:.2f} | {value:.2f} | "
        f"{100 * (value - change['baseline'][metric]) / change['baseline'][metric]:+.1f}% |"
        for metric, value in change["results"].items())
    return f"""# {change['title']}

## Summary
{change['summary']}

## Motivation
{change['motivation']}

## Changes
{bullets(change['changes'])}

## Results
| metric | baseline | this change | change |
|---|---|---|---|
{rows}

## Testing
{bullets(change['tests'])}

## Risks and Rollback
{bullets(change['risks'])}

Rollback: {change['rollback']}
"""


def review_checklist() -> list[str]:
    """The code-review checklist for an ML change, one question per item.

    Returns:
        At least eight distinct, non-empty items. Among them, items about: data leakage
        (mentions "leak"), the test set (mentions "test set"), reproducibility (mentions
        "seed" or "random_state"), automated tests ("test" in another item than the test-set
        one is fine), documentation ("docstring" or "type hint"), and secrets or credentials
        ("secret" or "credential").

    Example:
        >>> len(review_checklist()) >= 8
        True
    """
    return [
        "Could any feature leak the target or information from after the prediction time?",
        "Is the test set untouched until the final evaluation, and split by time?",
        "Are random seeds (random_state) fixed so results reproduce?",
        "Do new functions have tests, including edge cases (empty, missing, unseen values)?",
        "Do public functions have type hints and a docstring?",
        "Are the results compared with the baseline and the current production model?",
        "Are secrets and credentials kept out of the code and the repository?",
        "Is the input validated at the service boundary, with clear 422 errors?",
        "Are data, model artifacts and tracking stores out of git?",
        "Is there a rollback plan and a monitoring alert for the change?",
    ]
