"""The catalog: one machine-readable list of every kata, read from ``catalog/*.toml``.

Each module has one TOML file (``catalog/module1_data.toml``) with a ``[module]`` table and a
``[[kata]]`` array. Sessions, progress, points, hints and the verify gate all derive from it.
This module uses the standard library only, so the noxfile can import it without the ML stack.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOG_DIR = ROOT / "catalog"
KATAS_DIR = ROOT / "katas"
REFERENCE_DIR = ROOT / "reference"
TESTS_DIR = ROOT / "tests"


def has_worked_solutions() -> bool:
    """Whether this copy holds ``reference/`` (a maintainer's clone does; a student's does not,
    and then nothing mentions it: no ``--impl`` option, no maintainers' sessions)."""
    return REFERENCE_DIR.is_dir()

#: Phases as the course groups modules.
PHASES: dict[int, tuple[int, ...]] = {1: (0, 1, 2), 2: (3, 4, 5), 3: (6, 7), 4: (8,)}


class CatalogError(ValueError):
    """The catalog is malformed: a missing key, a duplicate id, an unknown phase."""


@dataclass(frozen=True)
class WrongSolution:
    """A plausible mistake the kata's tests must reject.

    ``file`` lives in ``tests/<module>/known_wrong/``. Its definitions are laid over the
    reference module (same namespace, so it can reuse the reference's helpers), replacing the
    functions it redefines.
    """

    file: str
    mistake: str
    path: Path


@dataclass(frozen=True)
class RightSolution:
    """Another correct solution the kata's tests must accept.

    ``file`` lives in ``tests/<module>/known_right/`` and is laid over the reference module the
    same way as a known-wrong file. It takes a different road from the reference (another
    algorithm, a library the spec allows, a choice the spec leaves open), and every test of the
    kata must pass on it.
    """

    file: str
    approach: str
    path: Path


@dataclass(frozen=True)
class Kata:
    id: str
    title: str
    module: Module
    file: str
    tests: tuple[str, ...]
    functions: tuple[str, ...]
    points: int
    covers: tuple[str, ...]
    hints: tuple[str, ...]
    wrong: tuple[WrongSolution, ...]
    right: tuple[RightSolution, ...] = ()
    #: Test file name -> the points of the kata its tests share (the kata's other tests share
    #: the rest). Empty: every test an equal share.
    points_by_file: tuple[tuple[str, int], ...] = ()

    @property
    def stub_path(self) -> Path:
        return KATAS_DIR / self.module.folder / self.file

    @property
    def reference_path(self) -> Path:
        return REFERENCE_DIR / self.module.folder / self.file

    @property
    def test_paths(self) -> tuple[Path, ...]:
        return tuple(TESTS_DIR / self.module.folder / name for name in self.tests)

    @property
    def import_name(self) -> str:
        """The dotted name tests import, e.g. ``katas.module1_data.loader``."""
        return f"katas.{self.module.folder}.{self.file.removesuffix('.py').replace('/', '.')}"

    @property
    def display_path(self) -> str:
        """The stub's path relative to the repository, as a learner would type it."""
        return f"katas/{self.module.folder}/{self.file}"

    def __repr__(self) -> str:  # the module back-reference would recurse
        return f"Kata({self.id!r}, {self.display_path!r})"


@dataclass(frozen=True, eq=False)
class Module:
    number: int
    folder: str
    title: str
    phase: int
    katas: list[Kata] = field(default_factory=list, repr=False)

    @property
    def session(self) -> str:
        return f"module{self.number}"

    @property
    def tests_dir(self) -> Path:
        return TESTS_DIR / self.folder

    @property
    def points(self) -> int:
        return sum(kata.points for kata in self.katas)


def _required(table: dict, key: str, where: str):
    if key not in table:
        raise CatalogError(f"{where}: missing key {key!r}")
    return table[key]


def _points_by_file(entry: dict, where: str) -> tuple[tuple[str, int], ...]:
    """The kata's ``points_by_file`` table, checked: its files are the kata's test files, and
    together they take fewer points than the kata has (its other tests share the rest)."""
    table = {str(name): int(points) for name, points in entry.get("points_by_file", {}).items()}
    unknown = sorted(set(table) - set(entry.get("tests", ())))
    if unknown:
        raise CatalogError(f"{where}: points_by_file names {unknown}, which are not among its tests")
    if table and sum(table.values()) >= int(entry.get("points", 0)):
        raise CatalogError(f"{where}: points_by_file takes all {entry.get('points')} points; leave some "
                           "for the kata's other tests")
    if any(points <= 0 for points in table.values()):
        raise CatalogError(f"{where}: points_by_file gives a file no points")
    return tuple(sorted(table.items()))


def _load_module(path: Path) -> Module:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT).as_posix()
    info = _required(data, "module", where)
    module = Module(
        number=int(_required(info, "number", where)),
        folder=str(_required(info, "folder", where)),
        title=str(_required(info, "title", where)),
        phase=int(_required(info, "phase", where)),
    )
    if module.folder != path.stem:
        raise CatalogError(f"{where}: folder {module.folder!r} must match the file name")
    if module.number not in PHASES.get(module.phase, ()):
        raise CatalogError(f"{where}: module {module.number} is not in phase {module.phase}")
    for entry in _required(data, "kata", where):
        kata_where = f"{where} kata {entry.get('id', '?')}"
        wrong_dir = TESTS_DIR / module.folder / "known_wrong"
        right_dir = TESTS_DIR / module.folder / "known_right"
        module.katas.append(Kata(
            id=str(_required(entry, "id", kata_where)),
            title=str(_required(entry, "title", kata_where)),
            module=module,
            file=str(_required(entry, "file", kata_where)),
            tests=tuple(_required(entry, "tests", kata_where)),
            functions=tuple(_required(entry, "functions", kata_where)),
            points=int(_required(entry, "points", kata_where)),
            covers=tuple(entry.get("covers", ())),
            hints=tuple(entry.get("hints", ())),
            wrong=tuple(
                WrongSolution(file=w["file"], mistake=w["mistake"], path=wrong_dir / w["file"])
                for w in entry.get("wrong", ())
            ),
            right=tuple(
                RightSolution(file=r["file"], approach=r["approach"], path=right_dir / r["file"])
                for r in entry.get("right", ())
            ),
            points_by_file=_points_by_file(entry, kata_where),
        ))
    return module


@cache
def load_catalog(directory: Path = CATALOG_DIR) -> tuple[Module, ...]:
    """Every module in the catalog, in module order. Raises :class:`CatalogError` if malformed."""
    modules = sorted((_load_module(p) for p in directory.glob("*.toml")), key=lambda m: m.number)
    seen: dict[str, str] = {}
    for module in modules:
        for kata in module.katas:
            if kata.id in seen:
                raise CatalogError(f"kata id {kata.id} is used twice ({seen[kata.id]} and {module.folder})")
            seen[kata.id] = module.folder
    return tuple(modules)


def all_katas() -> list[Kata]:
    return [kata for module in load_catalog() for kata in module.katas]


def find_kata(kata_id: str) -> Kata:
    for kata in all_katas():
        if kata.id == kata_id:
            return kata
    known = ", ".join(k.id for k in all_katas())
    raise CatalogError(f"no kata {kata_id!r} in the catalog (known: {known})")


def kata_for_test_file(path: Path) -> Kata | None:
    """The kata that owns a test file, or None."""
    return _test_file_owners().get(Path(path).resolve())


def kata_for_source_file(path: Path) -> Kata | None:
    """The kata whose stub or reference file this is, or None."""
    resolved = Path(path).resolve()
    for kata in all_katas():
        if resolved in (kata.stub_path, kata.reference_path):
            return kata
    return None


@cache
def _test_file_owners() -> dict[Path, Kata]:
    return {path.resolve(): kata for kata in all_katas() for path in kata.test_paths}
