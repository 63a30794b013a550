"""Grading: points shared by tests, Classroom's result format, levels, tamper detection, and the
instructors' batch grader on scratch submissions (module 0 only, to stay fast)."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kata_framework import grading, progress, release
from kata_framework.catalog import ROOT, find_kata, load_catalog

MODULE0 = load_catalog()[0]


@given(points=st.integers(0, 200), count=st.integers(1, 400))
def test_shares_add_up_exactly_and_differ_by_at_most_one_unit(points, count):
    parts = grading.shares(points, count)
    assert len(parts) == count
    assert sum(parts) == points, "all tests passing must earn exactly the kata's points, with no float dust"
    assert max(parts) - min(parts) <= 1 / grading.UNIT


def _record(outcomes: dict[str, tuple[str, str]]) -> dict:
    return {"impl": "katas", "tests": {nodeid: {"kata": kata, "outcome": outcome}
                                       for nodeid, (kata, outcome) in outcomes.items()}}


def test_only_passing_tests_earn_their_share():
    roi = find_kata("0.2")
    record = _record({
        "t.py::a": ("0.2", "passed"), "t.py::b": ("0.2", "failed"), "t.py::c": ("0.2", "skipped"),
        "t.py::d": ("0.2", "error"), "t.py::e": ("0.2", "not started"),
        "u.py::a": ("0.1", "passed"), "u.py::b": ("0.1", "passed"),
        "tests/module0_business/test_x.py": ("0.3", "broken"),
        "other.py::x": (None, "passed"),
    })
    grade = grading.grade_module(MODULE0, record)
    by_id = {k.kata.id: k for k in grade.katas}
    assert by_id["0.2"].points == pytest.approx(roi.points / 5, abs=0.02), "one of five tests passed"
    assert by_id["0.1"].points == find_kata("0.1").points and by_id["0.1"].done
    assert by_id["0.3"].points == 0 and not by_id["0.3"].done, "a file that cannot be collected earns nothing"
    assert by_id["0.4"].points == 0 and by_id["0.4"].tests == [], "a kata whose tests never ran earns nothing"
    assert not grade.completed


def test_a_module_whose_run_crashed_earns_zero_and_says_why():
    grade = grading.grade_module(MODULE0, None, "Fatal Python error: Segmentation fault\n")
    assert grade.points == 0 and grade.problem and "Segmentation fault" in grade.problem
    result = grading.classroom_result(grade)
    assert result["status"] == "error" and all(t["score"] == 0 for t in result["tests"])
    assert len(result["tests"]) == len(MODULE0.katas), "each kata must still show up, with a reason"


def test_classroom_result_has_the_reporters_format_and_partial_credit():
    record = _record({f"t{i}.py::t": (k.id, "passed" if k.id != "0.2" else "failed")
                      for i, k in enumerate(MODULE0.katas)})
    result = grading.classroom_result(grading.grade_module(MODULE0, record))
    assert result["version"] == 1 and result["max_score"] == MODULE0.points
    assert result["status"] == "fail"
    assert {"name", "status", "score", "message"} <= set(result["tests"][0])
    assert sum(t["score"] for t in result["tests"]) == MODULE0.points - find_kata("0.2").points
    failed = [t for t in result["tests"] if t["status"] == "fail"]
    assert failed and "katas/module0_business/roi.py" in failed[0]["message"], "a red test must say which file to edit"


@pytest.mark.parametrize(("completed", "capstone", "expected"), [
    (set(), 100, "Level 0"), ({0, 1}, 0, "Level 0"), ({0, 1, 2}, 0, "Level 1"),
    ({0, 1, 2, 3, 4}, 0, "Level 1"), ({0, 1, 2, 3, 4, 5}, 0, "Level 2"),
    ({0, 1, 2, 3, 4, 5, 6, 7}, 79.9, "Level 2"), ({0, 1, 2, 3, 4, 5, 6, 7}, 80, "Level 3"),
])
def test_level_rule(completed, capstone, expected):
    assert progress.level(completed, capstone).startswith(expected)


def _all(outcome: str) -> list[grading.ModuleGrade]:
    return [grading.grade_module(m, _record({f"{k.id}.py::t": (k.id, outcome) for k in m.katas}))
            for m in load_catalog()]


def test_progress_figures_from_nothing_and_from_everything():
    nothing, everything = progress.summarise(_all("not started")), progress.summarise(_all("passed"))
    assert (nothing["modules_completed"], nothing["exercises_completed"], nothing["capstone"]["points"]) == (0, 0, 0)
    assert nothing["level"].startswith("Level 0") and nothing["modules"][0]["next"]["kata"] == "0.1"
    assert everything["modules_completed"] == everything["modules_total"] == 8
    assert everything["exercises_completed"] == everything["exercises_total"] > 0
    assert everything["capstone"] == {"points": 100, "max": 100} and everything["level"].startswith("Level 3")
    assert all(m["next"] is None for m in everything["modules"])


# -- tamper detection -------------------------------------------------------------------------

@pytest.fixture
def released_copy(tmp_path):
    copy = tmp_path / "copy"
    for name in release.released_files(ROOT):
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, copy / name)
    (copy / release.MANIFEST_NAME).write_text(release.render_manifest(ROOT))  # current even mid-edit
    shutil.copytree(copy, tmp_path / "release")
    return copy


def test_an_untouched_copy_has_no_changes_and_crlf_is_not_a_change(released_copy):
    assert release.changed_files(released_copy) == []
    test_file = released_copy / "tests/module0_business/test_roi.py"
    test_file.write_bytes(test_file.read_bytes().replace(b"\n", b"\r\n"))
    assert release.changed_files(released_copy) == [], "a Windows checkout (CRLF) is not tampering"


def test_edits_additions_and_deletions_are_named_and_restored(released_copy):
    test_file = released_copy / "tests/module0_business/test_roi.py"
    test_file.write_text(test_file.read_text().replace("assert ", "assert True or ", 1))
    (released_copy / "tests/module0_business/conftest.py").write_text("# rewrites outcomes\n")
    (released_copy / "pytest.ini").write_text("[pytest]\n")
    (released_copy / "catalog/module1_data.toml").unlink()
    expected = [("catalog/module1_data.toml", "deleted"), ("pytest.ini", "added"),
                ("tests/module0_business/conftest.py", "added"), ("tests/module0_business/test_roi.py", "changed")]
    assert release.changed_files(released_copy) == expected
    pristine = released_copy.parent / "pristine"
    shutil.copytree(released_copy.parent / "release", pristine)
    assert release.restore(released_copy, pristine) == expected
    assert release.changed_files(released_copy) == [], "restoring must leave exactly the released files"


# -- end to end: the student template, scratch submissions, batch grading ------------------------

def _solve(copy, *kata_ids):
    for kata_id in kata_ids:
        kata = find_kata(kata_id)
        shutil.copyfile(kata.reference_path, copy / kata.display_path)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("the instructor tools need git and a git checkout of the repository")
    from kata_framework.instructor import export_template

    dest = tmp_path_factory.mktemp("template") / "student-template"
    files = export_template(dest)
    return dest, files


def test_the_student_template_holds_no_solutions_and_matches_its_checksums(template):
    dest, files = template
    assert not any(name.startswith(("reference/", "tests/meta/")) or "/known_wrong/" in name for name in files)
    assert (dest / "katas/module0_business/roi.py").is_file() and not (dest / "reference").exists()
    assert release.changed_files(dest) == []
    readme = (dest / "README.md").read_text(encoding="utf-8")
    for maintainers_only in ("nox -s reference", "nox -s verify", "reference/", "KATA_IMPL", "CONTRIBUTING", "<!--"):
        assert maintainers_only not in readme, f"the student README still mentions {maintainers_only!r}"
    assert "uv run nox -s module0" in readme and "uv run nox -s grade" in readme, (
        "the student README must keep its two start commands")
    log = subprocess.run(["git", "log", "--oneline"], cwd=dest, capture_output=True, text=True).stdout
    assert len(log.splitlines()) == 1, "the template must be a fresh repository with one commit"


@pytest.mark.timeout(300)
def test_batch_grading_restores_tests_and_totals_each_submission(template, tmp_path):
    dest, _ = template
    submissions = tmp_path / "submissions"
    for student in ("ada", "ben", "cy", "dee"):
        shutil.copytree(dest, submissions / student, ignore=shutil.ignore_patterns(".git"))
    _solve(submissions / "ben", *(k.id for k in MODULE0.katas))
    _solve(submissions / "cy", "0.2")
    # dee edits the test of an unsolved kata into passing without solving anything
    tampered = submissions / "dee" / "tests/module0_business/test_should_use_ml.py"
    tampered.write_text("def test_everything_is_fine():\n    assert True\n")

    local = subprocess.run([sys.executable, "-m", "kata_framework.grading", "--module", "0"],
                           cwd=submissions / "dee", capture_output=True, text=True, timeout=240)
    assert "WARNING" in local.stdout and "changed: tests/module0_business/test_should_use_ml.py" in local.stdout, (
        "grade must warn, naming the edited test file:\n" + local.stdout[-2000:])

    out = tmp_path / "grades.csv"
    completed = subprocess.run(
        [sys.executable, "-m", "kata_framework.instructor", "batch", str(submissions), "--out", str(out),
         "--module", "0"], cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    rows = {row["student"]: row for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert set(rows) == {"ada", "ben", "cy", "dee"}
    assert float(rows["ada"]["total"]) == 0 and rows["ada"]["tampered"] == "no"
    assert float(rows["ben"]["total"]) == MODULE0.points, "the solved submission must earn every point"
    assert float(rows["cy"]["module0"]) == find_kata("0.2").points, "solving one kata must earn exactly its points"
    assert rows["dee"]["tampered"] == "yes" and "test_should_use_ml.py" in rows["dee"]["changed_files"]
    assert float(rows["dee"]["total"]) == 0, "the grader must grade with the released tests, not the edited ones"


@pytest.mark.timeout(120)
def test_reference_branch_holds_the_solutions_in_katas(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True, timeout=60)
    built = subprocess.run([sys.executable, "-m", "kata_framework.instructor", "reference-branch"],
                           cwd=clone, capture_output=True, text=True, timeout=60)
    assert built.returncode == 0, built.stderr[-2000:]
    for kata in MODULE0.katas:
        shown = subprocess.run(["git", "show", f"reference:{kata.display_path}"], cwd=clone,
                               capture_output=True, text=True, check=True).stdout
        assert shown == (clone / kata.reference_path.relative_to(ROOT)).read_text(encoding="utf-8")
    status = subprocess.run(["git", "status", "--porcelain"], cwd=clone, capture_output=True, text=True).stdout
    assert status == "", "building the branch must not touch the working tree"
