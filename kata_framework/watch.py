"""Watch mode: rerun a module's tests every time you save a file.

    uv run nox -s watch -- module3              # or 3, or module3_training
    uv run nox -s watch -- 3.1                  # one kata's tests
    uv run nox -s watch -- module3 -x -k schema # arguments after the target go to pytest

It watches the ``.py`` files in ``katas/<module>/`` and ``tests/<module>/`` (and
``reference/<module>/`` when the tests run against the reference: ``KATA_IMPL=reference`` or
``--impl reference``). Each run is a process of its own, so it always imports the code you just
saved; it is forked from this process, which imported the third-party stack once at start
(:mod:`kata_framework.warm`), so a rerun pays only for the tests and your code. After each run
it prints which katas changed state (``3.1 TODO -> DONE``). Standard library only: it polls the
files' modification times and sizes five times a second instead of depending on a file-system
notification package.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from .catalog import (
    KATAS_DIR,
    REFERENCE_DIR,
    ROOT,
    CatalogError,
    Kata,
    Module,
    find_kata,
    has_worked_solutions,
    load_catalog,
)
from .grading import grade_module, kata_status
from .results import read_record
from .warm import Job, WarmRunner

#: A path -> (modification time in ns, size in bytes) picture of the watched files.
Snapshot = dict[Path, tuple[int, int]]

POLL_SECONDS = 0.2
#: Editors often save in several steps (truncate, write, rename): wait for them to finish.
DEBOUNCE_SECONDS = 0.15


class UnknownTarget(ValueError):
    """The watch target is neither a module nor a kata id in the catalog."""


@dataclass(frozen=True)
class Target:
    """What to watch and test: a whole module, or one kata of it."""

    module: Module
    kata: Kata | None = None

    def pytest_args(self) -> list[str]:
        """The module's tests folder, relative to the repository, plus ``--kata ID`` for one kata."""
        args = [self.module.tests_dir.relative_to(ROOT).as_posix()]
        return args + ["--kata", self.kata.id] if self.kata else args


def parse_target(text: str) -> Target:
    """The module or kata ``text`` names.

    A module is named by its session (``module3``), its number (``3``) or its folder
    (``module3_training``, also ``katas/module3_training/`` as shell completion writes it).
    A kata is named by its id (``3.1``, ``3.Q``). Raises :class:`UnknownTarget` with one line
    saying what would be valid.
    """
    modules = load_catalog()
    name = PurePath(text.strip()).name.lower() if text.strip() else ""
    for module in modules:
        if name in (module.session, str(module.number), module.folder):
            return Target(module)
    for candidate in dict.fromkeys((text.strip(), text.strip().upper())):
        try:
            kata = find_kata(candidate)
        except CatalogError:
            continue
        return Target(kata.module, kata)
    number = name.split(".")[0]
    owner = next((m for m in modules if "." in name and str(m.number) == number), None)
    if owner is not None:
        raise UnknownTarget(f"module {owner.number} has no kata {text!r}: its katas are "
                            + ", ".join(kata.id for kata in owner.katas))
    example = modules[0]
    raise UnknownTarget(
        f"no module or kata {text!r}: give a module ({', '.join(m.session for m in modules)}, "
        f"or its number or folder, e.g. {example.number} or {example.folder}) or a kata id such as "
        f"{example.katas[0].id}")


def usage() -> str:
    """The help text: how to call watch mode, and every module it can watch."""
    lines = [
        "usage: uv run nox -s watch -- TARGET [pytest arguments]",
        "",
        "Reruns TARGET's tests every time you save a .py file in its katas/ or tests/ folder",
        *(["(and its reference/ folder with KATA_IMPL=reference)."] if has_worked_solutions() else []),
        "TARGET is a module, named by its session, number or folder, or one kata's id such as 3.1:",
        "",
    ]
    lines += [f"  {m.session:<9} {m.number:<3} {m.folder:<24} {m.title}" for m in load_catalog()]
    lines += ["", "Examples: uv run nox -s watch -- module3",
              "          uv run nox -s watch -- 3.1 -x"]
    return "\n".join(lines)


def implementation(pytest_args: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """Which code the tests will import: ``--impl`` among ``pytest_args`` wins over ``KATA_IMPL``."""
    chosen = None
    for index, arg in enumerate(pytest_args):
        if arg.startswith("--impl="):
            chosen = arg.removeprefix("--impl=")
        elif arg == "--impl" and index + 1 < len(pytest_args):
            chosen = pytest_args[index + 1]
    return chosen or environ.get("KATA_IMPL") or "katas"


def watched_folders(module: Module, impl: str = "katas") -> list[Path]:
    """``katas/<folder>`` and ``tests/<folder>``, plus ``reference/<folder>`` if ``impl`` is reference."""
    folders = [KATAS_DIR / module.folder, module.tests_dir]
    return folders + [REFERENCE_DIR / module.folder] if impl == "reference" else folders


def _ignored(relative: PurePath) -> bool:
    """Bytecode caches, and hidden files such as an editor's lock file ``.#roi.py``."""
    return any(part == "__pycache__" or part.startswith(".") for part in relative.parts)


def snapshot(folders: Iterable[Path]) -> Snapshot:
    """Every ``.py`` file under ``folders`` (``__pycache__`` and hidden files skipped), with its
    modification time and size. A folder that does not exist contributes nothing."""
    files: Snapshot = {}
    for folder in folders:
        for path in folder.rglob("*.py"):
            if _ignored(path.relative_to(folder)):
                continue
            try:
                info = path.stat()
            except OSError:  # deleted between listing and stat, or a dangling link
                continue
            if stat.S_ISREG(info.st_mode):
                files[path] = (info.st_mtime_ns, info.st_size)
    return files


def changed(before: Snapshot, after: Snapshot) -> list[Path]:
    """The files added, deleted or modified between two snapshots, sorted."""
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def _shown(path: Path) -> str:
    """A path for a message: relative to the repository, written the way this system writes paths
    (``katas\\module3_training`` on Windows)."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _names(paths: Sequence[Path], limit: int = 3) -> str:
    names = ", ".join(_shown(path) for path in paths[:limit])
    return names + (f" and {len(paths) - limit} more" if len(paths) > limit else "")


def watch(folders: Iterable[Path], run: Callable[[], object], *, poll_seconds: float = POLL_SECONDS,
          debounce_seconds: float = DEBOUNCE_SECONDS, max_runs: int | None = None,
          sleep: Callable[[float], object] = time.sleep) -> int:
    """Call ``run`` now, then again after every change to the ``.py`` files under ``folders``.

    Polls every ``poll_seconds``; once something changed, waits ``debounce_seconds`` more so a
    save in several steps gives one run, and prints one line naming the changed files. Files
    added or deleted count as changes. A save made while ``run`` is running triggers the next
    run. Stops after ``max_runs`` runs if given (for tests), or on Ctrl-C: prints a one-line
    goodbye and returns 0 either way.
    """
    folders = list(folders)
    try:
        before = snapshot(folders)
        print(f"Watching {', '.join(_shown(f) for f in folders)}: every save reruns the tests. "
              "Press Ctrl-C to stop.", flush=True)
        run()
        runs = 1
        while max_runs is None or runs < max_runs:
            print("Waiting for you to save a file...", flush=True)
            paths: list[Path] = []
            while not paths:
                sleep(poll_seconds)
                if changed(before, snapshot(folders)):
                    sleep(debounce_seconds)
                    after = snapshot(folders)
                    # Empty if, say, a file appeared and vanished again within the debounce.
                    paths, before = changed(before, after), after
            print(f"Changed: {_names(paths)}. Running the tests again.", flush=True)
            run()
            runs += 1
        return 0
    except KeyboardInterrupt:
        print("\nStopped watching.", flush=True)
        return 0


def kata_states(module: Module, record: dict | None) -> dict[str, str]:
    """Kata id -> DONE, TODO, NOT STARTED or BROKEN for the katas a run's record holds."""
    if record is None:
        return {}
    ran = {entry["kata"] for entry in record["tests"].values()}
    return {grade.kata.id: kata_status(grade) for grade in grade_module(module, record).katas if grade.kata.id in ran}


def state_changes(before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
    """``3.1 TODO -> DONE`` for every kata whose state differs between two runs, in catalog order."""
    return [f"{kata_id} {before[kata_id]} -> {state}" for kata_id, state in after.items()
            if kata_id in before and before[kata_id] != state]


class Rerun:
    """One test run per call, forked from a warm interpreter; remembers each kata's state to
    say what changed since the previous run."""

    def __init__(self, target: Target, pytest_args: Sequence[str], runner: WarmRunner | None = None):
        self.target = target
        self.pytest_args = list(pytest_args)
        self.runner = runner or WarmRunner()
        self.states: dict[str, str] = {}

    def __call__(self) -> int | None:
        with tempfile.TemporaryDirectory(prefix="kata-watch-") as tmp:
            record_file = Path(tmp) / "results.json"
            started = time.perf_counter()
            done = self.runner.run(Job([*self.target.pytest_args(), *self.pytest_args,
                                        f"--kata-results={record_file}"], capture=False))
            record = read_record(record_file)
        states = kata_states(self.target.module, record)
        changes = state_changes(self.states, states)
        if changes:
            print("Since the last run: " + "; ".join(changes), flush=True)
        self.states.update(states)
        print(f"(ran in {time.perf_counter() - started:.1f} s)", flush=True)
        return done.returncode


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if not args:
        print(usage(), file=sys.stderr)
        return 2
    if args[0] in ("-h", "--help"):
        print(usage())
        return 0
    try:
        target = parse_target(args[0])
    except UnknownTarget as error:
        print(f"watch: {error}", file=sys.stderr)
        return 2
    pytest_args = args[1:]
    folders = watched_folders(target.module, implementation(pytest_args))
    print("Loading pandas, scikit-learn and the rest once, so that every rerun starts warm...", flush=True)
    return watch(folders, Rerun(target, pytest_args))


if __name__ == "__main__":
    sys.exit(main())
