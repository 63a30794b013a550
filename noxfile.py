"""Sessions: one per module, one per phase, grading, progress, hints, watch and lessons.

Run them through uv so the pinned environment is used: ``uv run nox -s module1``.
Sessions run in that one environment (no per-session virtualenv to build), so a second run
costs only the tests themselves. Arguments after ``--`` go to pytest, e.g.
``uv run nox -s module1 -- -k schema`` or ``-- --kata 1.2``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent))
from kata_framework.catalog import PHASES, has_worked_solutions, load_catalog  # noqa: E402

nox.options.default_venv_backend = "none"
nox.options.sessions = ["module0"]
nox.options.reuse_existing_virtualenvs = True

MODULES = load_catalog()


def _pytest(session: nox.Session, *args: str) -> None:
    session.run(sys.executable, "-m", "pytest", *args, *session.posargs, external=True)


def _module_session(module):
    def run(session: nox.Session) -> None:
        _pytest(session, str(module.tests_dir))

    run.__doc__ = f"Module {module.number} ({module.title}): your katas' tests."
    return run


for _module in MODULES:
    nox.session(name=_module.session, python=False)(_module_session(_module))


def _phase_session(number: int, folders: list[str]):
    def run(session: nox.Session) -> None:
        _pytest(session, *(f"tests/{folder}" for folder in folders))

    run.__doc__ = f"Phase {number}: the tests of modules {', '.join(map(str, PHASES[number]))}."
    return run


for _phase, _numbers in PHASES.items():
    _folders = [m.folder for m in MODULES if m.number in _numbers]
    if _folders:
        nox.session(name=f"phase{_phase}", python=False)(_phase_session(_phase, _folders))


def _reference(session: nox.Session) -> None:
    """Every kata's tests and the fast meta-tests against reference/ (must pass), on two processes."""
    # Generate the datasets once, before the two test processes could race to write them.
    session.run(sys.executable, "-c", "from kata_framework.grading import ensure_data; ensure_data()", external=True)
    _pytest(session, "--impl=reference", "-n", "2", "--dist", "loadfile", "-m", "not integration", "tests")


def _integration(session: nox.Session) -> None:
    """The framework's meta-tests that start other processes (graders, templates, forked runs)."""
    session.run(sys.executable, "-c", "from kata_framework.grading import ensure_data; ensure_data()", external=True)
    _pytest(session, "--impl=reference", "-n", "2", "--dist", "loadfile", "-m", "integration", "tests/meta")


def _verify(session: nox.Session) -> None:
    """Maintainers' gate: red on stubs, green on reference, known-wrong rejected, known-right accepted."""
    session.run(sys.executable, "-m", "kata_framework.verify", *session.posargs, external=True)


def _mutants(session: nox.Session) -> None:
    """Maintainers: small bugs planted in the references; lists those no test catches."""
    session.run(sys.executable, "-m", "kata_framework.mutants", *session.posargs, external=True)


# The maintainers' sessions exist only where the worked solutions do (not in a student's copy).
if has_worked_solutions():
    for _name, _session in (("reference", _reference), ("integration", _integration), ("verify", _verify),
                            ("mutants", _mutants)):
        nox.session(name=_name, python=False)(_session)


@nox.session(python=False)
def progress(session: nox.Session) -> None:
    """Your progress per module, level and next kata; writes PROGRESS.md (keeps your own words)."""
    session.run(sys.executable, "-m", "kata_framework.progress", *session.posargs, external=True)


@nox.session(python=False)
def grade(session: nox.Session) -> None:
    """Your points per module and total, exactly as the Classroom autograder awards them."""
    session.run(sys.executable, "-m", "kata_framework.grading", *session.posargs, external=True)


@nox.session(python=False)
def watch(session: nox.Session) -> None:
    """Rerun a module's tests whenever you save: uv run nox -s watch -- module3 (Ctrl-C stops)."""
    session.run(sys.executable, "-m", "kata_framework.watch", *session.posargs, external=True)


@nox.session(python=False)
def hint(session: nox.Session) -> None:
    """The next hint for a kata: uv run nox -s hint -- 1.2 (one more each time you ask)."""
    session.run(sys.executable, "-m", "kata_framework.hints", *session.posargs, external=True)


@nox.session(python=False)
def data(session: nox.Session) -> None:
    """Regenerate the datasets in data/generated/."""
    session.run(sys.executable, "data/generate_dataset.py", *session.posargs, external=True)


@nox.session(python=False)
def capstone(session: nox.Session) -> None:
    """The capstone's 100-point rubric: runs module 8's tests, prints points per phase (target 80)."""
    session.run(sys.executable, "-m", "kata_framework.capstone", *session.posargs, external=True)


def _lesson_module(name: str):
    """The catalog module a learner names as ``6``, ``module6`` or ``module6_monitoring``."""
    for module in MODULES:
        if name in (str(module.number), module.session, module.folder):
            return module
    return None


@nox.session(python=False)
def lesson(session: nox.Session) -> None:
    """A module's interactive lesson on your code: uv run nox -s lesson -- 6 (--app: read-only view)."""
    args = list(session.posargs)
    as_app = "--app" in args
    names = [a for a in args if a != "--app"]
    known = ", ".join(str(m.number) for m in MODULES)
    if len(names) != 1:
        session.error(f"name one module: uv run nox -s lesson -- 6 (modules {known}; add --app for the read-only view)")
    module = _lesson_module(names[0])
    if module is None:
        session.error(f"no module {names[0]!r}: name one of {known} (or module6, module6_monitoring)")
    notebook = Path(__file__).parent / "katas" / module.folder / "lesson.py"
    if not notebook.is_file():
        session.error(f"module {module.number} has no lesson notebook ({notebook.relative_to(Path(__file__).parent)})")
    session.run(sys.executable, "-m", "marimo", "run" if as_app else "edit", str(notebook), external=True)
