"""Grading: points shared by tests, Classroom's result format, levels, tamper detection, and the
instructors' batch grader on scratch submissions (module 0 only, to stay fast)."""

from __future__ import annotations

import base64
import csv
import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kata_framework import grading, progress, released, scoring
from kata_framework.catalog import ROOT, find_kata, load_catalog

MODULE0 = load_catalog()[0]


@given(points=st.integers(0, 200), count=st.integers(1, 400))
def test_shares_add_up_exactly_and_differ_by_at_most_one_unit(points, count):
    parts = scoring.shares(points, count)
    assert len(parts) == count
    assert sum(parts) == points, "all tests passing must earn exactly the kata's points, with no float dust"
    assert max(parts) - min(parts) <= 1 / scoring.UNIT


def test_points_set_aside_for_a_file_are_shared_by_that_files_tests_only():
    kata = dataclasses.replace(find_kata("0.2"), points_by_file=(("test_quality.py", 6),))
    quality = [f"tests/module0_business/test_quality.py::test_q{i}" for i in range(2)]
    checks = [f"tests/module0_business/test_roi.py::test_c{i}" for i in range(4)]
    every = dict.fromkeys(quality + checks, "passed")
    assert scoring.grade_kata(kata, every).points == 10
    only_quality = {**every, **dict.fromkeys(checks, "failed")}
    assert scoring.grade_kata(kata, only_quality).points == 6, "the two quality tests share the 6 points set aside"
    one_check = {**dict.fromkeys(quality, "failed"), **dict.fromkeys(checks, "failed"), checks[0]: "passed"}
    assert scoring.grade_kata(kata, one_check).points == 1, "the four other tests share the other 4 points"


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
    """Every module graded with one test per test file of each kata, all with ``outcome``."""
    return [grading.grade_module(m, _record({f"tests/{m.folder}/{name}::t": (k.id, outcome)
                                             for k in m.katas for name in k.tests}))
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
    for name in released.released_files(ROOT):
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, copy / name)
    (copy / released.MANIFEST_NAME).write_text(released.render_manifest(ROOT))  # current even mid-edit
    shutil.copytree(copy, tmp_path / "release")
    return copy


@pytest.mark.parametrize("path, flagged", [
    ("tests/module2_features/known_wrong/conftest.py", {2}),
    ("tests/module2_features/test_ratios.py", {2}),
    ("catalog/module2_features.toml", {2}),
    ("katas/module2_features/conftest.py", {2}),
    ("pytest.toml", {0, 1, 2}),
    ("tests/conftest.py", {0, 1, 2}),
    ("tests/meta/conftest.py", {0, 1, 2}),
    ("katas/evil.pth", {0, 1, 2}),
    ("kata_framework/plugin.py", {0, 1, 2}),
    ("catalog/tracker.md", {0, 1, 2}),
], ids=["module-conftest", "module-test", "module-catalog", "module-katas", "root-config",
        "shared-conftest", "meta-conftest", "pth-file", "framework", "shared-catalog"])
def test_a_change_flags_the_modules_whose_grade_it_can_touch(path, flagged):
    modules = load_catalog()
    folders = {m.folder for m in modules}
    assert {m.number for m in modules[:3] if grading.concerns(path, m, folders)} == flagged


def test_an_untouched_copy_has_no_changes_and_crlf_is_not_a_change(released_copy):
    assert released.changed_files(released_copy) == []
    test_file = released_copy / "tests/module0_business/test_roi.py"
    test_file.write_bytes(test_file.read_bytes().replace(b"\n", b"\r\n"))
    assert released.changed_files(released_copy) == [], "a Windows checkout (CRLF) is not tampering"


def test_edits_additions_and_deletions_are_named_and_restored(released_copy):
    test_file = released_copy / "tests/module0_business/test_roi.py"
    test_file.write_text(test_file.read_text().replace("assert ", "assert True or ", 1))
    (released_copy / "tests/module0_business/conftest.py").write_text("# rewrites outcomes\n")
    (released_copy / "pytest.ini").write_text("[pytest]\n")
    (released_copy / "catalog/module1_data.toml").unlink()
    expected = [("catalog/module1_data.toml", "deleted"), ("pytest.ini", "added"),
                ("tests/module0_business/conftest.py", "added"), ("tests/module0_business/test_roi.py", "changed")]
    assert released.changed_files(released_copy) == expected
    pristine = released_copy.parent / "pristine"
    shutil.copytree(released_copy.parent / "release", pristine)
    assert released.restore(released_copy, pristine) == expected
    assert released.changed_files(released_copy) == [], "restoring must leave exactly the released files"


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


@pytest.mark.integration
def test_the_student_template_holds_no_solutions_and_matches_its_checksums(template):
    dest, files = template
    assert not any(name.startswith(("reference/", "tests/meta/")) or "/known_wrong/" in name
                   or "/known_right/" in name or name.endswith("/equivalent_mutants.toml") for name in files), (
        "the template ships worked solutions or the mutation records that quote them")
    assert (dest / "katas/module0_business/roi.py").is_file() and not (dest / "reference").exists()
    assert released.changed_files(dest) == []
    readme = (dest / "README.md").read_text(encoding="utf-8")
    for maintainers_only in ("nox -s reference", "nox -s verify", "reference/", "KATA_IMPL", "CONTRIBUTING", "<!--"):
        assert maintainers_only not in readme, f"the student README still mentions {maintainers_only!r}"
    assert "uv run nox -s module0" in readme and "uv run nox -s grade" in readme, (
        "the student README must keep its two start commands")
    log = subprocess.run(["git", "log", "--oneline"], cwd=dest, capture_output=True, text=True).stdout
    assert len(log.splitlines()) == 1, "the template must be a fresh repository with one commit"


#: Maintainers' material a learner's copy must not mention (it errors or points to what is absent).
MAINTAINERS_WORDS = re.compile(r"\breference/|known_wrong|known_right|--impl\b|KATA_IMPL")


def _learner_facing(dest, files):
    """The exported files a learner reads as text: every Markdown file, the katas (stubs, lessons),
    the editor settings and ignore list. The framework's and tests' code is machinery."""
    return [name for name in files
            if name.endswith(".md") or name.startswith(("katas/", ".vscode/")) or name == ".gitignore"]


@pytest.mark.integration
def test_the_student_template_mentions_no_maintainers_material(template):
    dest, files = template
    offenders = []
    for name in _learner_facing(dest, files):
        text = (dest / name).read_text(encoding="utf-8")
        assert "<!-- maintainers -->" not in text, f"{name} still holds a maintainers-only block"
        offenders += [f"{name}:{number}: {line.strip()}" for number, line in enumerate(text.splitlines(), 1)
                      if MAINTAINERS_WORDS.search(line)]
    assert not offenders, ("the student template mentions maintainers' material (wrap it in <!-- maintainers --> "
                           "... <!-- /maintainers -->):\n" + "\n".join(offenders))


@pytest.mark.integration
def test_the_student_templates_commands_mention_no_maintainers_material(template):
    """The session list and the commands' help in a learner's copy: no reference, verify or
    mutants session, no --impl option."""
    dest, _ = template
    shown = {
        "nox --list": [sys.executable, "-m", "nox", "--list"],
        "grade --help": [sys.executable, "-m", "kata_framework.grading", "--help"],
        "progress --help": [sys.executable, "-m", "kata_framework.progress", "--help"],
        "watch --help": [sys.executable, "-m", "kata_framework.watch", "--help"],
    }
    for what, command in shown.items():
        out = subprocess.run(command, cwd=dest, capture_output=True, text=True, timeout=60).stdout
        assert out.strip(), f"{what} printed nothing in the template"
        leaks = [line for line in out.splitlines() if MAINTAINERS_WORDS.search(line)
                 or re.search(r"^\W*(reference|verify|mutants)\b", line)]
        assert not leaks, f"{what} in the student template mentions maintainers' material: {leaks}"


@pytest.mark.integration
def test_a_refused_export_leaves_nothing_behind(tmp_path, monkeypatch):
    from kata_framework import instructor

    monkeypatch.setattr(instructor, "changed_files", lambda root: [("tests/module0_business/test_roi.py", "changed")])
    with pytest.raises(SystemExit, match="does not match RELEASED.sha256"):
        instructor.export_template(tmp_path / "student", init_git=False)
    assert list(tmp_path.iterdir()) == [], "a refused export must not leave a half-written template"


@pytest.mark.integration
def test_reference_branch_refuses_a_copy_without_worked_solutions(template):
    dest, _ = template
    refused = subprocess.run([sys.executable, "-m", "kata_framework.instructor", "reference-branch"], cwd=dest,
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode != 0 and "no reference/" in refused.stderr
    branches = subprocess.run(["git", "branch", "--list", "reference"], cwd=dest, capture_output=True, text=True)
    assert branches.stdout.strip() == "", "no branch may be created"


@pytest.mark.timeout(300)
@pytest.mark.integration
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
    katas = list(csv.DictReader((tmp_path / "grades-katas.csv").open(encoding="utf-8")))
    assert len(katas) == 4 * len(MODULE0.katas), "one row per student and kata"
    for row in katas:
        points = float(row["points"])
        module_points = [float(k["points"]) for k in katas if k["student"] == row["student"]]
        assert sum(module_points) == pytest.approx(float(rows[row["student"]]["module0"]), abs=0.011)
        assert (row["status"] == "DONE") == (points == find_kata(row["kata"]).points)
        assert (row["first_failure"] == "") == (row["status"] == "DONE"), "each red kata says why"


@pytest.mark.timeout(300)
@pytest.mark.integration
def test_batch_grades_the_last_commit_before_the_deadline_and_names_the_roster(template, tmp_path):
    dest, _ = template
    submissions = tmp_path / "submissions"
    eve = submissions / "ml-katas-eve"
    shutil.copytree(dest, eve)  # with the template's git history
    first = subprocess.run(["git", "rev-parse", "HEAD"], cwd=eve, capture_output=True, text=True).stdout.strip()
    _solve(eve, "0.2")
    late = {"GIT_COMMITTER_DATE": "2031-01-02T10:00:00+00:00", "GIT_AUTHOR_DATE": "2031-01-02T10:00:00+00:00",
            "GIT_AUTHOR_NAME": "eve", "GIT_AUTHOR_EMAIL": "eve@example.org",
            "GIT_COMMITTER_NAME": "eve", "GIT_COMMITTER_EMAIL": "eve@example.org"}
    subprocess.run(["git", "commit", "-qam", "solve 0.2 after the deadline"], cwd=eve, check=True,
                   env={**os.environ, **late})
    roster = tmp_path / "classroom_roster.csv"
    roster.write_text('"identifier","github_username","github_id","name"\n'
                      '"eve@school.example","eve","42","Eve"\n"zed@school.example","","",""\n')
    out = tmp_path / "grades.csv"
    completed = subprocess.run(
        [sys.executable, "-m", "kata_framework.instructor", "batch", str(submissions), "--out", str(out),
         "--module", "0", "--before", "2031-01-01T00:00:00+00:00", "--roster", str(roster)],
        cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    (row,) = list(csv.DictReader(out.open(encoding="utf-8")))
    assert (row["roster_identifier"], row["github_username"]) == ("eve@school.example", "eve")
    assert row["commit"] == first and row["commit_time"], "the graded commit and its time, per row"
    assert float(row["total"]) == 0, "the commit after the deadline must not count"


@pytest.mark.timeout(120)
@pytest.mark.integration
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


# -- a grade survives hangs, crashes and a killed step ------------------------------------------

def test_scores_in_the_result_add_up_to_the_printed_points():
    """One set of numbers: the reporter's notice adds up tests[].score; grade, the summary and the
    batch CSV print ModuleGrade.points. Guard tests included."""
    record = _record({"a.py::t1": ("0.1", "passed"), "a.py::t2": ("0.1", "failed"), "b.py::t": ("0.2", "passed"),
                      "c.py::t1": ("0.3", "passed"), "c.py::t2": ("0.3", "passed")})
    record["tests"]["c.py::t2"]["guard"] = True
    grade = grading.grade_module(MODULE0, record)
    result = grading.classroom_result(grade)
    assert sum(t["score"] for t in result["tests"]) == grade.points
    assert f"{grade.points:.2f} / {MODULE0.points}" in grading.render([grade], "katas")
    assert f"{grade.points:.2f} / {MODULE0.points} points" in grading.summary_markdown(grade)


def test_the_job_summary_gives_each_kata_its_points_status_and_first_failure():
    record = _record({"a.py::t1": ("0.1", "passed"), "a.py::t2": ("0.1", "failed"),
                      "b.py::t": ("0.2", "not started"), "c.py::t": ("0.3", "passed")})
    grade = grading.grade_module(MODULE0, record, messages={"a.py::t2": "AssertionError: 3 | 4 is not a plan"})
    rows = {line.split(" ")[1]: line
            for line in grading.summary_markdown(grade).splitlines() if line.startswith("| 0.")}
    assert "| TODO |" in rows["0.1"] and "AssertionError: 3 \\| 4 is not a plan (in t2)" in rows["0.1"]
    assert "| NOT STARTED |" in rows["0.2"] and "| DONE |" in rows["0.3"]
    assert "none of its tests ran" in rows["0.4"], "a kata whose tests never ran must say so"


def _main_with_github_output(tmp_path, monkeypatch, grade_here) -> tuple[str, dict]:
    output, summary = tmp_path / "output", tmp_path / "summary"
    output.write_text("earlier=kept\n")
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setattr(grading, "grade_here", grade_here)
    monkeypatch.setattr(grading, "GRADE_DIR", tmp_path / "grade")
    assert grading.main(["--module", "0", "--github-output", "--impl", "reference"]) == 0
    text = output.read_text()
    assert text.startswith("earlier=kept\n") and text.count("result=") == 1, text
    return text, json.loads(base64.b64decode(text.split("result=")[1]))


def test_a_crashing_grader_still_leaves_a_valid_zero_point_result(tmp_path, monkeypatch):
    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    _, result = _main_with_github_output(tmp_path, monkeypatch, crash)
    assert result["max_score"] == MODULE0.points and sum(t["score"] for t in result["tests"]) == 0
    assert result["status"] == "error" and "disk full" in result["tests"][0]["message"]
    assert {t["name"].split()[0] for t in result["tests"]} == {k.id for k in MODULE0.katas}, "every kata named"


def test_grade_fails_when_a_modules_tests_did_not_run(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(grading, "grade_here", lambda *args, **kwargs: [
        grading.failed_module(MODULE0, "the tests of module 0 did not run: ImportError")])
    monkeypatch.setattr(grading, "GRADE_DIR", tmp_path / "grade")
    assert grading.main(["--module", "0", "--impl", "reference", "--cold"]) == 1, \
        "a grade whose tests did not run must not end as a successful session"
    assert "module(s) 0 did not run" in capsys.readouterr().out


def test_a_result_is_in_place_before_grading_starts(tmp_path, monkeypatch):
    seen = {}

    def killed_midway(modules, impl, root, jobs, runner=None):
        text = (tmp_path / "output").read_text()
        seen["placeholder"] = json.loads(base64.b64decode(text.split("result=")[1]))
        return [grading.grade_module(MODULE0, _record({"a.py::t": ("0.1", "passed")}))]

    _, result = _main_with_github_output(tmp_path, monkeypatch, killed_midway)
    assert sum(t["score"] for t in seen["placeholder"]["tests"]) == 0, "a killed step must find 0 points waiting"
    assert "stopped before it finished" in seen["placeholder"]["tests"][0]["message"]
    assert sum(t["score"] for t in result["tests"]) == find_kata("0.1").points, "the real result replaces it"


def test_datasets_that_cannot_be_generated_cost_every_module_its_points_with_the_reason(monkeypatch):
    def broken(root, in_process=False):
        raise RuntimeError("the datasets could not be generated: MemoryError")

    monkeypatch.setattr(grading, "ensure_data", broken)
    grades = grading.run_modules(load_catalog()[:2])
    assert [g.points for g in grades] == [0, 0] and all("MemoryError" in g.problem for g in grades)


@pytest.mark.integration
def test_a_module_that_outlasts_its_time_limit_earns_zero_and_names_every_kata():
    grade = grading.run_module(MODULE0, "reference", timeout=0.5)
    assert grade.points == 0 and "stopped after" in grade.problem
    result = grading.classroom_result(grade)
    assert {t["name"].split()[0] for t in result["tests"]} == {k.id for k in MODULE0.katas}


def test_the_workflow_survives_steps_without_a_result_and_runs_the_reporter_always():
    from kata_framework import classroom

    text = classroom.render()
    reporter = text[text.index("- name: Autograding Reporter"):]
    assert "if: always()" in reporter
    for module in load_catalog():
        fallback = json.loads(base64.b64decode(classroom.fallback_result(module)))
        assert fallback["max_score"] == module.points and fallback["tests"][0]["score"] == 0
        assert f"steps.{module.session}.outputs.result || '{classroom.fallback_result(module)}'" in reporter
    assert classroom.STEP_MINUTES * 60 > grading.MODULE_TIMEOUT + 60, "the grader must stop pytest before the step"
    minutes = [int(line.split(":")[1]) for line in text.splitlines() if "timeout-minutes:" in line]
    assert minutes[0] > sum(minutes[1:]), "the job's limit must leave room for every step and the reporter"
    for required in ("workflow_dispatch:", "concurrency:", "astral-sh/setup-uv@", f"version: '{classroom.UV_VERSION}'"):
        assert required in text, f"the workflow lacks {required}"


def test_a_result_too_long_for_the_reporter_is_shortened_with_the_same_points(monkeypatch):
    record = _record({f"t{i}.py::test_{i}": (MODULE0.katas[i % 5].id, "passed" if i % 3 else "failed")
                      for i in range(600)})
    grade = grading.grade_module(MODULE0, record, messages={n: "x" * 500 for n in record["tests"]})
    monkeypatch.setattr(grading, "RESULT_LIMIT", 20_000)
    result = json.loads(base64.b64decode(grading.encoded_result(grade)))
    assert len(grading.encoded_result(grade)) <= 20_000
    assert {t["name"].split()[0] for t in result["tests"]} == {k.id for k in MODULE0.katas}
    sums = {detail: sum(t["score"] for t in grading.classroom_result(grade, detail)["tests"])
            for detail in ("tests", "terse", "katas")}
    assert len(set(sums.values())) == 1 and round(sums["katas"], 2) == grade.points, sums


def test_grade_names_every_kata_not_done_with_its_first_failure():
    record = _record({"a.py::t1": ("0.1", "passed"), "a.py::t2": ("0.1", "failed"), "b.py::t": ("0.2", "passed")})
    grade = grading.grade_module(MODULE0, record, messages={"a.py::t2": "Failed: kata 0.1: t1 hung"})
    lines = grading.render_katas([grade]).splitlines()[1:]
    assert [line.split()[0] for line in lines] == [k.id for k in MODULE0.katas if k.id != "0.2"]
    assert "TODO" in lines[0] and "Failed: kata 0.1: t1 hung (in t2)" in lines[0]
    everything = _record({f"{k.id}.py::t": (k.id, "passed") for k in MODULE0.katas})
    assert grading.render_katas([grading.grade_module(MODULE0, everything)]) == "Every kata is done."


def test_datasets_checked_in_a_warm_parent_report_a_failure_like_a_fresh_interpreter(monkeypatch):
    from data import generate_dataset

    def broken(out_dir):
        raise OSError("disk full")

    monkeypatch.setattr(generate_dataset, "ensure_generated", broken)
    with pytest.raises(RuntimeError, match="could not be generated.*disk full"):
        grading.ensure_data(ROOT, in_process=True)


def test_datasets_are_checked_by_a_fresh_interpreter_when_the_generator_is_not_importable(monkeypatch):
    started = []
    monkeypatch.setitem(sys.modules, "data", None)  # import data now raises ImportError
    monkeypatch.setattr(grading.subprocess, "run", lambda command, **kwargs: started.append(command))
    grading.ensure_data(ROOT, in_process=True)
    assert len(started) == 1 and "data_dir()" in started[0][-1], "the check must fall back to a fresh interpreter"
