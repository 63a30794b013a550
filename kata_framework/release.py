"""Maintainers: ``uv run python -m kata_framework.release`` rewrites the Classroom workflow and
the released checksums (``RELEASED.sha256``) after a change to tests, catalog or framework; a
meta-test fails until you do. What counts as released, and how a copy is compared with the
release, is in :mod:`kata_framework.released`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import classroom
from .catalog import ROOT
from .released import MANIFEST_NAME, render_manifest


def _write_if_changed(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return True


def refresh(root: Path = ROOT) -> list[str]:
    """Rewrite the Classroom workflow and RELEASED.sha256; return the files that changed."""
    written = []
    if _write_if_changed(classroom.WORKFLOW, classroom.render()):  # first: the manifest hashes it
        written.append(classroom.WORKFLOW.relative_to(root).as_posix())
    if _write_if_changed(root / MANIFEST_NAME, render_manifest(root)):
        written.append(MANIFEST_NAME)
    return written


def stale(root: Path = ROOT) -> list[str]:
    """What ``refresh`` would rewrite: empty when the workflow and checksums are current."""
    out = []
    if not classroom.WORKFLOW.is_file() or classroom.WORKFLOW.read_text(encoding="utf-8") != classroom.render():
        out.append(classroom.WORKFLOW.relative_to(root).as_posix())
    manifest = root / MANIFEST_NAME
    if not manifest.is_file() or manifest.read_text(encoding="utf-8") != render_manifest(root):
        out.append(MANIFEST_NAME)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the Classroom workflow and the released checksums.")
    parser.add_argument("--check", action="store_true", help="only say whether they are current (exit 1 if not)")
    args = parser.parse_args(argv)
    if args.check:
        out_of_date = stale()
        for name in out_of_date:
            print(f"out of date: {name} (run `uv run python -m kata_framework.release`)")
        return 1 if out_of_date else 0
    for name in refresh() or ["nothing to do: the workflow and checksums are current"]:
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
