"""What is released to learners, and how to tell when a copy has drifted from it.

The *released files* are the ones that decide a grade: the tests of every module, the root
``conftest.py``, the catalog, the framework, the noxfile, ``pyproject.toml``, the data
generator and the Classroom workflow. Their checksums live in ``RELEASED.sha256`` at the
repository root. Line endings are normalised before hashing, so a Windows checkout (CRLF) is not
a change.

Besides edits to released files, a copy is *tampered* when it holds a file that changes how
pytest or Python starts: a ``conftest.py`` anywhere that the release does not have, a pytest
configuration file at the root (``pytest.toml``, ``pytest.ini``, ``tox.ini``, ``setup.cfg``...),
a ``sitecustomize.py``/``usercustomize.py`` or a ``.pth`` file anywhere.

Shared by the learners' ``grade`` command (which warns and grades without the added files) and
the maintainers' tools (``release`` writes the checksums, the batch grader restores the released
files). Standard library only.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from .catalog import ROOT

MANIFEST_NAME = "RELEASED.sha256"
#: Released single files, relative to the repository root.
RELEASED_FILES = ("conftest.py", "noxfile.py", "pyproject.toml", ".python-version",
                  "data/__init__.py", "data/generate_dataset.py", ".github/workflows/classroom.yml")
#: Released folders: every file under them, except the maintainers-only parts below.
RELEASED_DIRS = ("tests", "catalog", "kata_framework")
#: Never released to learners: the worked solutions and what only maintainers run.
MAINTAINERS_ONLY = ("reference", "tests/meta", ".ci", "CONTRIBUTING.md", ".github/workflows/ci.yml")
#: Anywhere under a released folder: the known-wrong and known-right solutions the verify gate uses.
MAINTAINERS_ONLY_FOLDERS = ("known_wrong", "known_right")
#: Anywhere under a released folder: the mutation tool's records, which quote worked solutions.
MAINTAINERS_ONLY_NAMES = ("equivalent_mutants.toml",)
#: pytest reads these at the root (before pyproject.toml) when it is not given ``-c``.
FOREIGN_CONFIG = ("pytest.toml", ".pytest.toml", "pytest.ini", ".pytest.ini", "tox.ini", "setup.cfg")
#: Loaded by pytest or by Python's start-up wherever they are found: never in a submission unless
#: released.
FOREIGN_ANYWHERE = ("conftest.py", "sitecustomize.py", "usercustomize.py")
FOREIGN_SUFFIXES = (".pth",)
#: Never looked into or copied: version control, environments, caches, local state.
SKIP_NAMES = frozenset({".git", ".venv", "venv", ".nox", "node_modules", "__pycache__", ".pytest_cache",
                        ".hypothesis", ".kata", "mlruns", ".mypy_cache", ".ruff_cache"})
_JUNK = ("__pycache__", ".pytest_cache", ".hypothesis")


def is_maintainers_only(relative: str) -> bool:
    parts = relative.split("/")
    return (any(relative == p or relative.startswith(p + "/") for p in MAINTAINERS_ONLY)
            or any(folder in parts[:-1] for folder in MAINTAINERS_ONLY_FOLDERS)
            or parts[-1] in MAINTAINERS_ONLY_NAMES)


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


def _walk(root: Path):
    """Every file under ``root`` as a POSIX path relative to it, skipping :data:`SKIP_NAMES` and
    virtual environments (any folder with a ``pyvenv.cfg``: their ``.pth`` and ``conftest.py``
    files are the packages', and a grader never runs them)."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIP_NAMES and not (Path(folder, d) / "pyvenv.cfg").is_file()]
        base = Path(folder).relative_to(root)
        for name in files:
            yield (base / name).as_posix()


def foreign_files(copy: Path, manifest: dict[str, str] | None = None) -> list[str]:
    """Files in ``copy`` that would change how pytest or Python starts, and that the release
    does not have: see the module docstring."""
    manifest = read_manifest(copy) if manifest is None else manifest
    found = {name for name in FOREIGN_CONFIG if (copy / name).exists()}
    for relative in _walk(copy):
        name = relative.rsplit("/", 1)[-1]
        if (name in FOREIGN_ANYWHERE or name.endswith(FOREIGN_SUFFIXES)) and relative not in manifest:
            found.add(relative)
    return sorted(found)


def changed_files(copy: Path, released: Path | None = None) -> list[tuple[str, str]]:
    """How ``copy`` differs from the release: ``[(path, "changed" | "deleted" | "added")]``.

    The release is ``released``'s manifest (by default ``copy``'s own RELEASED.sha256). Added
    means a file under a released folder that the release does not have (a new conftest.py
    could rewrite outcomes), or a :func:`foreign_files` file anywhere."""
    manifest = read_manifest(released or copy)
    changes = set()
    for name, checksum in manifest.items():
        path = copy / name
        if not path.is_file():
            changes.add((name, "deleted"))
        elif digest(path) != checksum:
            changes.add((name, "changed"))
    changes |= {(name, "added") for name in released_files(copy) if name not in manifest}
    changes |= {(name, "added") for name in foreign_files(copy, manifest)}
    return sorted(changes)


def restore(copy: Path, released: Path | None = None) -> list[tuple[str, str]]:
    """Remove from ``copy`` the files the release does not have and, when ``released`` (a
    released tree) is given, put its released files back over the changed or deleted ones, as a
    grader does before grading. Returns what it found (see :func:`changed_files`)."""
    changes = changed_files(copy, released)
    for name, how in changes:
        target = copy / name
        if how == "added":
            if target.is_dir():
                shutil.rmtree(target)
            else:
                target.unlink()
        elif released is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(released / name, target)
    return changes


def _ignore(folder: str, names: list[str]) -> set[str]:
    skipped = {n for n in names if n in SKIP_NAMES or n.endswith(".pyc") or (Path(folder, n) / "pyvenv.cfg").is_file()}
    if Path(folder).name == "data" and "generated" in names:
        skipped.add("generated")  # generated again, or handed over by the grader
    return skipped


def clean_copy(source: Path, dest: Path, released: Path | None = None) -> list[tuple[str, str]]:
    """Copy ``source`` to the new folder ``dest`` without environments and caches, then
    :func:`restore` it. The datasets come from ``released`` when given (a submission's own
    could be doctored), else from ``source``. Returns what ``source`` had changed."""
    shutil.copytree(source, dest, ignore=_ignore, symlinks=False)
    generated = (released or source) / "data" / "generated"
    if generated.is_dir():
        shutil.copytree(generated, dest / "data" / "generated", dirs_exist_ok=True)
    return restore(dest, released)
