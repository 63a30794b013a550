"""Watch mode (kata_framework/watch.py): targets, what counts as a change, and a clean Ctrl-C.

The loop is driven by an injected ``sleep`` that edits files on cue, so no test waits on the clock.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kata_framework import warm
from kata_framework import watch as watch_mode
from kata_framework.catalog import ROOT, load_catalog
from kata_framework.watch import UnknownTarget, changed, implementation, parse_target, snapshot, watch, watched_folders

MODULES = load_catalog()
MODULE = next((m for m in MODULES if m.number == 3), MODULES[0])
KATA = MODULE.katas[0]


# -- targets ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [MODULE.session, str(MODULE.number), MODULE.folder,
                                  f"katas/{MODULE.folder}/"])
def test_a_module_is_named_by_session_number_or_folder(text):
    target = parse_target(text)
    assert target.module is MODULE and target.kata is None, f"watch target {text!r} should select {MODULE.folder}"
    assert target.pytest_args() == [f"tests/{MODULE.folder}"], (
        f"watch target {text!r} should run pytest on tests/{MODULE.folder}, got {target.pytest_args()}")


def test_a_kata_id_selects_that_kata_on_its_modules_tests():
    target = parse_target(KATA.id)
    assert target.kata is KATA, f"watch target {KATA.id!r} should select kata {KATA.id}"
    assert target.pytest_args() == [f"tests/{MODULE.folder}", "--kata", KATA.id], (
        f"kata {KATA.id} should run its module's tests with --kata {KATA.id}, got {target.pytest_args()}")


@pytest.mark.parametrize("text", ["module99", "nonsense", f"{MODULE.number}.99"])
def test_an_unknown_target_exits_2_with_one_line_naming_what_is_valid(text, capsys):
    assert watch_mode.main([text]) == 2, f"watch {text!r} should exit with code 2"
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], f"watch {text!r} should say in one line what was wrong: {lines}"
    with pytest.raises(UnknownTarget):
        parse_target(text)
    valid = KATA.id if "." in text else MODULE.session
    assert valid in lines[0], f"the message for {text!r} should name valid targets such as {valid}: {lines[0]}"


def test_no_target_prints_usage_with_every_module_session_and_exits_2(capsys):
    assert watch_mode.main([]) == 2, "watch without a target should exit with code 2"
    err = capsys.readouterr().err
    assert "usage:" in err, f"watch without a target should print a usage line:\n{err}"
    missing = [m.session for m in MODULES if m.session not in err]
    assert not missing, f"the usage message should list every module session, missing {missing}"


def test_reference_folder_is_watched_only_when_the_tests_run_against_the_reference():
    assert implementation(["-x"], environ={}) == "katas"
    assert implementation([], environ={"KATA_IMPL": "reference"}) == "reference"
    assert implementation(["--impl", "reference"], environ={}) == "reference"
    assert implementation(["--impl=katas"], environ={"KATA_IMPL": "reference"}) == "katas", \
        "--impl on the command line should win over KATA_IMPL"
    folders = [p.relative_to(ROOT).as_posix() for p in watched_folders(MODULE, "katas")]
    assert folders == [f"katas/{MODULE.folder}", f"tests/{MODULE.folder}"], f"watched {folders}"
    with_reference = [p.relative_to(ROOT).as_posix() for p in watched_folders(MODULE, "reference")]
    assert f"reference/{MODULE.folder}" in with_reference, \
        f"KATA_IMPL=reference should watch reference/, got {with_reference}"


# -- what counts as a change -----------------------------------------------------------------

@pytest.fixture
def tree(tmp_path) -> Path:
    """A tiny module: katas/roi.py, tests/test_roi.py, and a __pycache__ with bytecode."""
    (tmp_path / "katas" / "__pycache__").mkdir(parents=True)
    (tmp_path / "tests").mkdir()
    (tmp_path / "katas" / "roi.py").write_text("def roi():\n    raise NotImplementedError\n")
    (tmp_path / "katas" / "__pycache__" / "roi.cpython-311.pyc").write_bytes(b"\0" * 16)
    (tmp_path / "tests" / "test_roi.py").write_text("def test_roi():\n    pass\n")
    return tmp_path


def _edit(path: Path, text: str = "# edited\n") -> None:
    """Change a file's content and move its mtime a whole second on, whatever the clock's resolution."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text((path.read_text() if path.exists() else "") + text)
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_snapshot_sees_py_files_and_skips_pycache_and_other_files(tree):
    (tree / "katas" / "notes.txt").write_text("notes")
    (tree / "katas" / "__pycache__" / "stray.py").write_text("")
    seen = sorted(p.relative_to(tree).as_posix() for p in snapshot([tree / "katas", tree / "tests"]))
    assert seen == ["katas/roi.py", "tests/test_roi.py"], f"snapshot should hold only the .py sources, got {seen}"
    assert snapshot([tree / "no_such_folder"]) == {}, "a missing folder should contribute nothing"


def test_changed_reports_edited_added_and_deleted_files(tree):
    folders = [tree / "katas", tree / "tests"]
    before = snapshot(folders)
    _edit(tree / "katas" / "roi.py")
    (tree / "tests" / "test_roi.py").unlink()
    (tree / "katas" / "new_kata.py").write_text("")
    names = [p.name for p in changed(before, snapshot(folders))]
    assert names == ["new_kata.py", "roi.py", "test_roi.py"], f"expected the new, edited and deleted files, got {names}"
    assert changed(before, before) == [], "identical snapshots should have no changes"


# -- the loop, driven by a scripted sleep ----------------------------------------------------

class Script:
    """An injected ``sleep``: each call performs the next scripted step (None: nothing happens),
    then raises KeyboardInterrupt when the script runs out, as a learner pressing Ctrl-C would."""

    def __init__(self, *steps: Callable[[], object] | None):
        self.steps = list(steps)
        self.calls = 0

    def __call__(self, seconds: float) -> None:
        self.calls += 1
        if not self.steps:
            raise KeyboardInterrupt
        step = self.steps.pop(0)
        if step is not None:
            step()


def _run_watch(tree: Path, *steps: Callable[[], object] | None) -> int:
    """How many times the tests ran while the script played out (the first run included)."""
    runs = []
    code = watch([tree / "katas", tree / "tests"], lambda: runs.append(1), poll_seconds=0.5,
                 debounce_seconds=0.3, sleep=Script(*steps))
    assert code == 0, f"watch should return 0 when stopped with Ctrl-C, returned {code}"
    return len(runs)


def test_tests_run_once_at_start_and_not_again_without_a_change(tree):
    assert _run_watch(tree, None, None, None) == 1, "without any change the tests should run only at start"


def test_a_saved_kata_file_triggers_exactly_one_rerun(tree, capsys):
    runs = _run_watch(tree, lambda: _edit(tree / "katas" / "roi.py"), None, None, None)
    assert runs == 2, f"one save should give exactly one rerun after the first run, got {runs - 1}"
    out = capsys.readouterr().out
    changed_lines = [line for line in out.splitlines() if line.startswith("Changed:")]
    assert len(changed_lines) == 1 and "roi.py" in changed_lines[0], (
        f"one line should name the saved file roi.py:\n{out}")


def test_a_save_in_several_steps_within_the_debounce_gives_one_rerun(tree):
    roi = tree / "katas" / "roi.py"
    runs = _run_watch(tree, lambda: _edit(roi, "# part 1\n"), lambda: _edit(roi, "# part 2\n"), None, None)
    assert runs == 2, f"two writes within the debounce should give one rerun, got {runs - 1}"


def test_two_saves_far_apart_give_two_reruns(tree):
    roi = tree / "katas" / "roi.py"
    runs = _run_watch(tree, lambda: _edit(roi), None, None, None, lambda: _edit(roi), None, None)
    assert runs == 3, f"two separate saves should give two reruns, got {runs - 1}"


@pytest.mark.parametrize("noise", ["katas/__pycache__/roi.cpython-311.pyc", "katas/__pycache__/stray.py",
                                   "katas/notes.txt", "katas/.#roi.py"])
def test_bytecode_text_and_hidden_files_do_not_trigger_a_rerun(tree, noise):
    runs = _run_watch(tree, lambda: _edit(tree / noise), None, None)
    assert runs == 1, f"writing {noise} should not rerun the tests, but they ran {runs - 1} more time(s)"


def test_a_new_py_file_triggers_a_rerun(tree, capsys):
    runs = _run_watch(tree, lambda: (tree / "tests" / "test_extra.py").write_text(""), None, None)
    assert runs == 2, f"a new .py file should rerun the tests once, got {runs - 1} reruns"
    assert "test_extra.py" in capsys.readouterr().out, "the rerun line should name the new file"


def test_a_deleted_py_file_triggers_a_rerun(tree):
    runs = _run_watch(tree, lambda: (tree / "tests" / "test_roi.py").unlink(), None, None)
    assert runs == 2, f"deleting a .py file should rerun the tests once, got {runs - 1} reruns"


def test_ctrl_c_during_a_run_ends_cleanly_with_0(tree, capsys):
    def interrupted_run():
        raise KeyboardInterrupt

    code = watch([tree / "katas"], interrupted_run, sleep=Script())
    assert code == 0, f"Ctrl-C during a test run should end watch mode with exit code 0, got {code}"
    out = capsys.readouterr().out
    assert "Ctrl-C" in out, f"watch mode should say at start how to stop it:\n{out}"
    assert out.strip().splitlines()[-1] == "Stopped watching.", f"Ctrl-C should end with a one-line goodbye:\n{out}"


def test_ctrl_c_while_waiting_ends_cleanly_with_0(tree, capsys):
    assert _run_watch(tree) == 1
    assert capsys.readouterr().out.strip().endswith("Stopped watching."), "Ctrl-C should print the goodbye line"


def test_max_runs_stops_the_loop(tree):
    runs = []
    sleep = Script(lambda: _edit(tree / "katas" / "roi.py"), None)
    code = watch([tree / "katas"], lambda: runs.append(1), max_runs=2, sleep=sleep)
    assert (code, len(runs)) == (0, 2), \
        f"max_runs=2 should stop after two runs with code 0, got {code} after {len(runs)}"
    assert sleep.calls == 2, f"watch should stop without sleeping again once max_runs is reached ({sleep.calls} sleeps)"


def test_messages_write_paths_the_way_the_system_does():
    assert watch_mode._shown(ROOT / "katas" / MODULE.folder) == str(Path("katas", MODULE.folder))


def test_state_changes_name_each_kata_whose_state_moved():
    before = {"3.1": "TODO", "3.2": "NOT STARTED", "3.3": "DONE"}
    after = {"3.1": "DONE", "3.2": "NOT STARTED", "3.3": "TODO", "3.4": "DONE"}
    assert watch_mode.state_changes(before, after) == ["3.1 TODO -> DONE", "3.3 DONE -> TODO"]
    assert watch_mode.state_changes({}, after) == [], "the first run has nothing to compare with"


@pytest.mark.integration
def test_a_rerun_says_which_kata_changed_state(capfd):
    target = watch_mode.parse_target("0.2")
    rerun = watch_mode.Rerun(target, [], runner=warm.WarmRunner(warm=True))
    rerun()
    assert rerun.states == {"0.2": "NOT STARTED"}, rerun.states
    rerun.pytest_args = ["--impl=reference"]  # as if the learner had just solved the kata
    rerun()
    assert rerun.states == {"0.2": "DONE"}
    assert "Since the last run: 0.2 NOT STARTED -> DONE" in capfd.readouterr().out
