"""What the interactive lessons (``katas/moduleN_topic/lesson.py``, marimo notebooks) share.

A lesson imports the learner's kata modules, loads the generated datasets and draws what the
learner's functions return, so the pictures change as the katas get solved::

    with lessons.kata_import():                             # honours KATA_IMPL like the tests
        from katas.module0_business import roi
    flows = lessons.attempt(roi.monthly_cash_flows, ...)    # the result, or a friendly stop

Neither shows a traceback: while a function is still a stub (``NotImplementedError``) or
raises, or its file does not import, the cell stops with a callout naming the function, its file
and the command that runs its tests, and the cells that need its result wait.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .catalog import CatalogError, Kata, all_katas, find_kata, kata_for_source_file
from .data import card_sales, data_dir, incident, manifest, pokemon, production_batch, raw_pokemon_path
from .implementations import activate

__all__ = ["attempt", "card_sales", "card_sales_path", "data_dir", "implementation", "incident", "kata_import",
           "manifest", "message", "pokemon", "production_batch", "raw_pokemon_path"]

#: The stubs' own words: ``raise NotImplementedError("kata 3.1: implement kfold_indices")``.
_STUB_MESSAGE = re.compile(r"kata (\d+\.\w+): implement ([\w.]+)")

_active: str | None = None


def implementation() -> str:
    """Which code the lessons run: ``KATA_IMPL`` (``katas`` or ``reference``), the learner's by default."""
    return os.environ.get("KATA_IMPL") or "katas"


def card_sales_path() -> Path:
    """The capstone's card-sales CSV (kata 8.2 loads it), generated if missing."""
    return data_dir() / "cards" / "card_sales.csv"


class KataImportError(Exception):
    """A kata file that does not import (a syntax error while the learner is typing)."""

    def __init__(self, error: BaseException, source: Path | None):
        super().__init__(f"{type(error).__name__}: {error}")
        self.source = source


def _use_implementation() -> None:
    """Make ``import katas...`` load what ``KATA_IMPL`` names, once per change."""
    global _active
    wanted = implementation()
    if wanted != _active:
        activate(wanted)
        _active = wanted


def _failing_kata_file(error: BaseException) -> Path | None:
    """The kata file an import failed in: a syntax error's file, else the deepest kata frame."""
    candidates = [Path(error.filename)] if isinstance(error, SyntaxError) and error.filename else []
    tb = error.__traceback__
    frames = []
    while tb is not None:
        frames.append(Path(tb.tb_frame.f_code.co_filename))
        tb = tb.tb_next
    return next((p for p in candidates + frames[::-1] if kata_for_source_file(p)), None)


@contextmanager
def kata_import() -> Iterator[None]:
    """Wrap a cell's ``from katas.moduleN_topic import file`` lines: they load the code
    ``KATA_IMPL`` names, as the tests do, and a file that does not import (a learner's file
    mid-edit) stops the cell with a callout naming it instead of a traceback.

    The import statements stay in the cell, so marimo reruns it when the file is saved."""
    _use_implementation()
    try:
        yield
    except NotImplementedError as error:  # a stub that runs its own code at import time
        _stop(message(None, error))
    except Exception as error:
        _stop(message(None, KataImportError(error, _failing_kata_file(error))))


def _kata_of(func: Callable[..., Any], error: BaseException) -> tuple[str, Kata | None]:
    """The function to name and its kata: the stub's own message wins (it names the function
    that is missing, which may be another kata's), then the module the function lives in."""
    stub = _STUB_MESSAGE.search(str(error)) if isinstance(error, NotImplementedError) else None
    if stub:
        try:
            return stub.group(2), find_kata(stub.group(1))
        except CatalogError:
            pass
    if isinstance(error, KataImportError):
        return "", kata_for_source_file(error.source) if error.source else None
    name = (getattr(func, "__qualname__", None) or getattr(func, "__name__", repr(func))).split("<locals>.")[-1]
    module_name = getattr(func, "__module__", None) or ""
    source = getattr(sys.modules.get(module_name), "__file__", None)
    kata = kata_for_source_file(Path(source)) if source else None
    if kata is None:
        kata = next((k for k in all_katas() if k.import_name == module_name), None)
    return name, kata


def message(func: Callable[..., Any] | None, error: BaseException) -> str:
    """The Markdown a cell shows when ``func`` could not give its result, in the learner's words."""
    name, kata = _kata_of(func, error)
    where = f"`{kata.display_path}`" if kata else "its kata file"
    check = (f" Then run its tests: `uv run nox -s {kata.module.session} -- --kata {kata.id}`."
             if kata else "")
    if isinstance(error, KataImportError):
        return f"**{where} does not import** (`{error}`): fix it and this cell runs again."
    if isinstance(error, NotImplementedError):
        return f"**Implement `{name}` in {where} to see this.**{check}"
    return (f"**`{name}` ({where}) raised `{type(error).__name__}: {error}`**, so there is nothing "
            f"to draw yet.{check.replace('Then run', 'Run')}")


def attempt(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``func(*args, **kwargs)``, or, if it raises, stop the cell with a callout saying what to
    implement or fix and where (``marimo.stop``: the cells that need the result wait too)."""
    try:
        return func(*args, **kwargs)
    except Exception as error:
        _stop(message(func, error))


def _stop(markdown: str) -> None:
    import marimo as mo  # imported late: the framework's other users do not need it

    mo.stop(True, mo.md(markdown).callout(kind="warn"))
