"""Tamper resistance of grading: every way a submission can change how pytest or Python starts is
flagged, and the batch grader scores the submission as if it were untouched.

One payload, ``evil.py``, turns every red test green; each trick is one way to get it loaded.
Detection is checked per trick (no test run); scoring runs module 0 twice in one batch, an
untouched submission beside one carrying every trick at once (with the environment tricks set
in the grader's own environment), and proves first that the tricks do load the payload when
nothing protects the run."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kata_framework import grading, instructor, released
from kata_framework.catalog import ROOT, load_catalog

#: These tests start other processes: nox -s integration runs them (see CONTRIBUTING.md).
pytestmark = pytest.mark.integration

MODULE0 = load_catalog()[0]
TESTS0 = "tests/module0_business"

EVIL = '''\
import pytest


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    report.outcome, report.longrepr = "passed", None
    return report
'''
LOAD_EVIL = "from evil import pytest_runtest_makereport  # noqa: F401\n"
SKIP_ALL = ("import pytest\n\n\ndef pytest_collection_modifyitems(items):\n"
            "    for item in items:\n        item.add_marker(pytest.mark.skip(reason='later'))\n")

#: trick -> files it writes into a submission (the payload ``evil.py`` goes beside them).
TRICKS = {
    "pytest.toml": {"pytest.toml": '[pytest]\naddopts = ["-p", "evil"]\n'},
    ".pytest.toml": {".pytest.toml": '[pytest]\naddopts = ["-p", "evil"]\n'},
    "pytest.ini": {"pytest.ini": "[pytest]\naddopts = -p evil\n"},
    "tox.ini": {"tox.ini": "[pytest]\naddopts = -p evil\n"},
    "setup.cfg": {"setup.cfg": "[tool:pytest]\naddopts = -p evil\n"},
    "conftest in a module's tests": {f"{TESTS0}/conftest.py": LOAD_EVIL},
    "conftest in a known_wrong folder": {f"{TESTS0}/known_wrong/conftest.py": LOAD_EVIL},
    "conftest in tests/meta": {"tests/meta/conftest.py": LOAD_EVIL},
    "conftest beside the katas": {"katas/conftest.py": LOAD_EVIL},
    "edited root conftest": {"conftest.py": 'pytest_plugins = ("kata_framework.plugin", "evil")\n'},
    "skip-all conftest": {"tests/conftest.py": SKIP_ALL},
    "edited test": {f"{TESTS0}/test_roi.py": "def test_fine():\n    assert True\n"},
    "sitecustomize": {"sitecustomize.py": "import os\nos.environ['PYTEST_ADDOPTS'] = '-p evil'\n"},
    "usercustomize": {"katas/usercustomize.py": "import os\nos.environ['PYTEST_ADDOPTS'] = '-p evil'\n"},
    ".pth file": {"katas/evil.pth": "import evil\n"},
}
#: Environment tricks: set where the grader runs (a Classroom workflow edit, a shell profile).
ENV_TRICKS = {"PYTEST_ADDOPTS": "-p evil", "PYTEST_PLUGINS": "evil", "PYTHONPATH": "{copy}"}


def _submission(dest: Path) -> Path:
    """An untouched student copy: the released files (with their checksums as they are now) and
    the stubs. It doubles as the release the batch grader restores from."""
    for name in [*released.released_files(ROOT), *(p.relative_to(ROOT).as_posix()
                                                   for p in (ROOT / "katas").rglob("*") if p.is_file())]:
        if "__pycache__" not in name:
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / name, dest / name)
    (dest / released.MANIFEST_NAME).write_text(released.render_manifest(ROOT), encoding="utf-8")
    grading.ensure_data(ROOT)
    shutil.copytree(ROOT / "data" / "generated", dest / "data" / "generated")
    return dest


def _play(copy: Path, files: dict[str, str]) -> None:
    (copy / "evil.py").write_text(EVIL, encoding="utf-8")
    for name, text in files.items():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def untouched(tmp_path_factory) -> Path:
    return _submission(tmp_path_factory.mktemp("untouched") / "copy")


@pytest.mark.parametrize("trick", list(TRICKS))
def test_each_trick_is_flagged_naming_its_file(trick, untouched, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(untouched, copy)
    _play(copy, TRICKS[trick])
    flagged = dict(released.changed_files(copy))
    for name in TRICKS[trick]:
        assert name in flagged, f"{trick}: {name} is not flagged ({flagged})"


def test_a_flagged_module_says_so_in_the_classroom_result():
    grade = grading.grade_module(MODULE0, {"impl": "katas", "tests": {}})
    grade.tampered = [("pytest.toml", "added")]
    result = grading.classroom_result(grade)
    flags = [t for t in result["tests"] if t["name"].startswith("TAMPERED")]
    assert flags and "pytest.toml" in flags[0]["message"] and flags[0]["score"] == 0
    assert result["status"] == "error"


def _outcomes(copy: Path, env: dict[str, str]) -> dict[str, str]:
    """Node id -> outcome of module 0's tests run with plain pytest, nothing protecting it."""
    target = copy / "plain.json"
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--kata-results={target}",
                    TESTS0], cwd=copy, env=env, capture_output=True, timeout=120)
    return {n: r["outcome"] for n, r in json.loads(target.read_text())["tests"].items()}


@pytest.mark.timeout(240)
def test_every_trick_at_once_is_flagged_and_scored_as_if_untouched(untouched, tmp_path, monkeypatch):
    submissions = tmp_path / "submissions"
    shutil.copytree(untouched, submissions / "untouched")
    tricked = submissions / "tricked"
    shutil.copytree(untouched, tricked)
    for files in TRICKS.values():
        if "tests/conftest.py" not in files:  # skipping everything would hide the payload's passes
            _play(tricked, files)
    env = {**{k: v for k, v in os.environ.items() if k != "KATA_IMPL"},  # the copy holds stubs only
           **{k: v.format(copy=tricked) for k, v in ENV_TRICKS.items()}}
    assert all(o == "passed" for o in _outcomes(tricked, env).values()), (
        "the tricks must be live: unprotected, the payload should turn red tests green")
    _play(tricked, TRICKS["skip-all conftest"])

    for name, value in ENV_TRICKS.items():
        monkeypatch.setenv(name, value.format(copy=tricked))
    out = tmp_path / "grades.csv"
    instructor.batch(submissions, out, [MODULE0], jobs=2, release=untouched)
    rows = {row["student"]: row for row in csv.DictReader(out.open(encoding="utf-8"))}
    katas = list(csv.DictReader(instructor.katas_csv(out).open(encoding="utf-8")))
    assert rows["untouched"]["tampered"] == "no" and rows["untouched"]["problems"] == ""
    assert rows["tricked"]["tampered"] == "yes"
    for files in TRICKS.values():
        for name in files:
            assert name in rows["tricked"]["changed_files"], f"{name} is not named in the CSV"
    assert rows["tricked"]["total"] == rows["untouched"]["total"] == "0.00", "tricks must earn nothing"
    by_student = {s: [(k["kata"], k["status"], k["points"]) for k in katas if k["student"] == s]
                  for s in ("untouched", "tricked")}
    assert by_student["tricked"] == by_student["untouched"], "each kata must be graded as if untouched"


def test_a_virtual_environment_inside_the_copy_is_not_tampering(untouched, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(untouched, copy)
    venv = copy / "my-env"
    (venv / "lib/python3.11/site-packages/pkg").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (venv / "lib/python3.11/site-packages/distutils-precedence.pth").write_text("import os\n")
    (venv / "lib/python3.11/site-packages/pkg/conftest.py").write_text("")
    assert released.changed_files(copy) == []
