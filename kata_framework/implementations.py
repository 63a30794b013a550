"""Which code ``import katas...`` loads: the learner's stubs, the reference, or a known-wrong overlay.

Tests always write ``from katas.module1_data.loader import load_raw_pokemon``. By default that
imports the learner's file. With ``--impl reference`` (or ``KATA_IMPL=reference``) a finder on
``sys.meta_path`` serves the same dotted names from ``reference/`` instead, so one test suite
grades both. The verify gate also lays known-wrong solutions over single reference modules.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from pathlib import Path

from .catalog import KATAS_DIR, REFERENCE_DIR

IMPLEMENTATIONS = {"katas": KATAS_DIR, "reference": REFERENCE_DIR}


class _OverlayLoader(importlib.machinery.SourceFileLoader):
    """Executes the reference module, then the known-wrong file in the same namespace."""

    def __init__(self, fullname: str, path: str, overlay: Path | None):
        super().__init__(fullname, path)
        self.overlay = overlay

    def exec_module(self, module) -> None:
        super().exec_module(module)
        if self.overlay is not None:
            code = compile(self.overlay.read_text(encoding="utf-8"), str(self.overlay), "exec")
            exec(code, module.__dict__)  # the overlay redefines what it gets wrong


class _KataFinder(importlib.abc.MetaPathFinder):
    """Serves ``katas`` and ``katas.*`` from another folder with the same layout."""

    def __init__(self, root: Path, overlays: dict[str, Path]):
        self.root = root
        self.overlays = overlays

    def find_spec(self, fullname, path=None, target=None):
        if fullname != "katas" and not fullname.startswith("katas."):
            return None
        location = self.root.joinpath(*fullname.split(".")[1:])
        if location.is_dir():
            return importlib.util.spec_from_file_location(
                fullname, location / "__init__.py", submodule_search_locations=[str(location)])
        source = location.with_suffix(".py")
        if not source.is_file():
            return None
        loader = _OverlayLoader(fullname, str(source), self.overlays.get(fullname))
        return importlib.util.spec_from_file_location(fullname, source, loader=loader)


def activate(impl: str, overlays: dict[str, Path] | None = None) -> None:
    """Make ``import katas...`` load ``impl`` ("katas" or "reference"), with optional overlays.

    ``overlays`` maps a kata's dotted module name to a known-wrong file laid over the reference.
    Must run before any ``katas`` module is imported; a second call replaces the first.
    """
    if impl not in IMPLEMENTATIONS:
        raise ValueError(f"unknown implementation {impl!r}: choose one of {sorted(IMPLEMENTATIONS)}")
    if overlays and impl != "reference":
        raise ValueError("known-wrong and known-right overlays are laid over the reference implementation only")
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _KataFinder)]
    for name in [n for n in sys.modules if n == "katas" or n.startswith("katas.")]:
        del sys.modules[name]
    if impl == "reference":
        sys.meta_path.insert(0, _KataFinder(REFERENCE_DIR, dict(overlays or {})))
