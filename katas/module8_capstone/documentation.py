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
    raise NotImplementedError("kata 8.8: implement documentation_gaps")


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
    raise NotImplementedError("kata 8.8: implement readme_markdown")


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
    raise NotImplementedError("kata 8.8: implement pr_description")


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
    raise NotImplementedError("kata 8.8: implement review_checklist")
