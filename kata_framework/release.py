"""What is released to learners, and how to tell when a copy has drifted from it.

The *released files* are the ones that decide a grade: the tests of every module, the root
``conftest.py``, the catalog, the framework, the noxfile, ``pyproject.toml``, the data
generator and the Classroom workflow. Their checksums live in ``RELEASED.sha256`` at the
repository root. ``uv run nox -s grade`` warns when a released file differs; the instructors'
batch grader restores them over each submission before grading (``kata_framework.instructor``).

Maintainers: ``uv run python -m kata_framework.release`` rewrites the Classroom workflow and the
checksums after a change to tests, catalog or framework; a meta-test fails until you do.
Line endings are normalised before hashing, so a Windows checkout (CRLF) is not a change.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from pathlib import Path

from .catalog import ROOT

MANIFEST_NAME = "RELEASED.sha256"
#: Released single files, relative to the repository root.
RELEASED_FILES = ("conftest.py", "noxfile.py", "pyproject.toml", ".python-version",
                  "data/generate_dataset.py", ".github/workflows/classroom.yml")
#: Released folders: every file under them, except the maintainers-only parts below.
RELEASED_DIRS = ("tests", "catalog", "kata_framework")
#: Never released to learners: the worked solutions and what only maintainers run.
MAINTAINERS_ONLY = ("reference", "tests/meta", ".ci", "CONTRIBUTING.md")
#: Anywhere under a released folder: the known-wrong and known-right solutions the verify gate uses.
MAINTAINERS_ONLY_FOLDERS = ("known_wrong", "known_right")
#: Files that would change how pytest runs if a submission added them at its root.
FOREIGN_CONFIG = ("pytest.ini", ".pytest.ini", "tox.ini", "setup.cfg", "sitecustomize.py",
                  "usercustomize.py")
_JUNK = ("__pycache__", ".pytest_cache", ".hypothesis")


def is_maintainers_only(relative: str) -> bool:
    parts = relative.split("/")
    return (any(relative == p or relative.startswith(p + "/") for p in MAINTAINERS_ONLY)
            or any(folder in parts[:-1] for folder in MAINTAINERS_ONLY_FOLDERS))


def _is_junk(path: Path) -> bool:
    return any(part in _JUNK for part in path.parts) or path.suffix == ".pyc"


def released_files(root: Path = ROOT) -> list[str]:
    """The released files present under ``root``, as sorted POSIX paths relative to it."""
    found = {name for name in RELEASED_FILES if (root / name).is_file()}
    for folder in RELEASED_DIRS:
        for path in (root / folder).rglob("*"):
            relative = path.relative_to(root).as_posix()
            if path.is_file() and not _is_junk(path.relative_to(root)) and not is_maintainers_only(relative):
                found.add(relative)
    return sorted(found)


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes with CRLF line endings turned into LF."""
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def render_manifest(root: Path = ROOT) -> str:
    return "".join(f"{digest(root / name)}  {name}\n" for name in released_files(root))


def read_manifest(root: Path = ROOT) -> dict[str, str]:
    """``{path: sha256}`` from ``root``'s RELEASED.sha256 (empty when there is none)."""
    manifest = root / MANIFEST_NAME
    if not manifest.is_file():
        return {}
    entries = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if line.strip():
            checksum, name = line.split(maxsplit=1)
            entries[name.strip()] = checksum
    return entries


def changed_files(copy: Path, released: Path | None = None) -> list[tuple[str, str]]:
    """How ``copy`` differs from the release: ``[(path, "changed" | "deleted" | "added")]``.

    The release is ``released``'s manifest (by default ``copy``'s own RELEASED.sha256). Added
    means a file under a released folder that the release does not have (a new conftest.py
    could rewrite outcomes), or a pytest configuration file at the root."""
    manifest = read_manifest(released or copy)
    changes = []
    for name, checksum in manifest.items():
        path = copy / name
        if not path.is_file():
            changes.append((name, "deleted"))
        elif digest(path) != checksum:
            changes.append((name, "changed"))
    for name in released_files(copy):
        if name not in manifest:
            changes.append((name, "added"))
    changes += [(name, "added") for name in FOREIGN_CONFIG if (copy / name).exists()]
    return sorted(changes)


def restore(copy: Path, released: Path = ROOT) -> list[tuple[str, str]]:
    """Put the released files of ``released`` back into ``copy`` and remove added ones, as a
    grader does before grading. Returns what it found changed (see :func:`changed_files`)."""
    changes = changed_files(copy, released)
    for name, how in changes:
        target = copy / name
        if how == "added":
            if target.is_dir():
                shutil.rmtree(target)
            else:
                target.unlink()
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(released / name, target)
    return changes


def _write_if_changed(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return True


def refresh(root: Path = ROOT) -> list[str]:
    """Rewrite the Classroom workflow and RELEASED.sha256; return the files that changed."""
    from . import classroom

    written = []
    if _write_if_changed(classroom.WORKFLOW, classroom.render()):  # first: the manifest hashes it
        written.append(classroom.WORKFLOW.relative_to(root).as_posix())
    if _write_if_changed(root / MANIFEST_NAME, render_manifest(root)):
        written.append(MANIFEST_NAME)
    return written


def stale(root: Path = ROOT) -> list[str]:
    """What ``refresh`` would rewrite: empty when the workflow and checksums are current."""
    from . import classroom

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
