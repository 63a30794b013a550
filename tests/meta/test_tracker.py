"""The progress tracker: its template agrees with the catalog, and rendering keeps the learner's words.

Fast and deterministic: no test run, only the template, the catalog and files under tmp_path.
"""

from __future__ import annotations

import ast
import re

import pytest

from kata_framework.catalog import all_katas, load_catalog
from kata_framework.tracker import (
    END_MARKER,
    START_MARKER,
    TEMPLATE,
    ProgressFacts,
    TemplateError,
    check_previous,
    exercise_figures,
    render,
    template_katas,
    write_progress,
)

KATAS = all_katas()
KATA_IDS = {kata.id for kata in KATAS}
ITEMS = template_katas()
TEMPLATE_TEXT = TEMPLATE.read_text(encoding="utf-8")
EXERCISE = re.compile(r"^Exercise (\d+\.\d+)\b")


def facts(done: set[str] | frozenset[str] = frozenset()) -> ProgressFacts:
    """Figures as the test results would give them when exactly ``done`` pass."""
    done = frozenset(done)
    status, completed = {}, 0
    for module in load_catalog():
        passing = sum(kata.id in done for kata in module.katas)
        status[module.number] = ("Completed" if passing == len(module.katas)
                                 else "In progress" if passing else "Not started")
        completed += module.number <= 7 and passing == len(module.katas)
    proven, total = exercise_figures(done)
    capstone = sum(kata.points for kata in KATAS if kata.module.number == 8 and kata.id in done)
    return ProgressFacts(done=done, module_status=status, modules_completed=completed,
                         modules_total=8, exercises_completed=proven, exercises_total=total,
                         capstone_points=float(capstone), capstone_max=100,
                         level="Level 3 (Proficient)" if done else "Level 0 (Beginner)")


def proven_ticks(rendered: str) -> dict[str, bool]:
    """Each item the tests prove -> whether the rendered file ticks it."""
    found: dict[str, list[bool]] = {}
    for tick, text in re.findall(r"^- \[([ xX])\] (.*?) — (?:proven by|to prove it)", rendered, re.M):
        found.setdefault(text, []).append(tick != " ")
    for text in ITEMS:
        count = len(found.get(text, []))
        assert count == 1, (f"the item {text!r} should be rendered once, saying which katas prove it, "
                            f"not {count} times")
    return {text: found[text][0] for text in ITEMS}


def block(key: str, words: str) -> str:
    return START_MARKER.format(key=key) + words + END_MARKER


def replace_block(rendered: str, key: str, words: str) -> str:
    pattern = re.escape(START_MARKER.format(key=key)) + r".*?" + re.escape(END_MARKER)
    edited, count = re.subn(pattern, lambda _: block(key, words), rendered, flags=re.S)
    assert count == 1, f"the rendered tracker should hold the block {key!r} once"
    return edited


HAND_ITEM = "- [ ] Python 3.11 or newer installed"
PHASE_HAND_ITEM = "- [ ] Self-assessment against the rubric"


def learner_edits(rendered: str) -> str:
    """What a learner does to the file: name, aha moments, a reflection, two ticks."""
    assert HAND_ITEM in rendered and PHASE_HAND_ITEM in rendered, "the learner's items are missing"
    edited = replace_block(rendered, "name", "Ada Lovelace")
    edited = replace_block(edited, "m3-aha", "\n- Baselines first: 92% accuracy was the majority class.\n"
                                             "- Tuning on the test set *is* training on it.\n\n")
    edited = replace_block(edited, "reflection-advice", "\nRead the failing test's message before the code.\n")
    return edited.replace(HAND_ITEM, HAND_ITEM.replace("[ ]", "[x]")).replace(
        PHASE_HAND_ITEM, PHASE_HAND_ITEM.replace("[ ]", "[X]"))


# --- the template agrees with the catalog -------------------------------------------------------

def test_template_names_only_katas_of_the_catalog():
    unknown = {text: sorted(ids - KATA_IDS) for text, ids in ITEMS.items() if ids - KATA_IDS}
    assert not unknown, f"catalog/tracker.md names katas the catalog does not have: {unknown}"


def test_every_kata_proves_at_least_one_item():
    named = set().union(*ITEMS.values())
    assert not KATA_IDS - named, (
        f"these katas prove no item of catalog/tracker.md; add their ids to the items they cover: "
        f"{sorted(KATA_IDS - named)}")


def test_exercise_items_name_exactly_the_katas_the_catalog_says_cover_them():
    covering: dict[str, set[str]] = {}
    for kata in KATAS:
        for cover in kata.covers:
            if match := EXERCISE.match(cover):
                covering.setdefault(match.group(1), set()).add(kata.id)
    in_template = {EXERCISE.match(text).group(1): (text, ids) for text, ids in ITEMS.items()
                   if EXERCISE.match(text)}
    assert len(in_template) == sum(bool(EXERCISE.match(text)) for text in ITEMS), \
        "two items of catalog/tracker.md carry the same exercise number"
    assert set(in_template) == set(covering), (
        f"exercises in the catalog without an item in the tracker: {sorted(set(covering) - set(in_template))}; "
        f"exercise items no kata covers: {sorted(set(in_template) - set(covering))}")
    for number, (text, ids) in in_template.items():
        assert ids == covering[number], (
            f"the tracker item {text!r} names katas {sorted(ids)}, but the catalog says exercise "
            f"{number} is covered by {sorted(covering[number])}")
    assert exercise_figures(frozenset()) == (0, len(covering))


def _sections(heading: str) -> dict[int, list[str]]:
    """Module number -> the item lines under its ``#### <heading>`` subsection."""
    found: dict[int, list[str]] = {}
    module, inside = None, False
    for line in TEMPLATE_TEXT.splitlines():
        if match := re.match(r"### .*Module (\d+)", line):
            module, inside = int(match.group(1)), False
        elif line.startswith("#### "):
            inside = line.startswith(f"#### {heading}")
        elif line.startswith("#"):
            module, inside = None, False
        elif inside and module is not None and line.startswith("- ["):
            found.setdefault(module, []).append(line)
    return found


def test_socratic_items_are_the_quiz_questions_and_name_the_quiz():
    socratic = _sections("Socratic questions")
    for module in load_catalog():
        quiz = next((kata for kata in module.katas if kata.id.endswith(".Q")), None)
        if quiz is None:
            continue
        tree = ast.parse(quiz.stub_path.read_text(encoding="utf-8"))
        questions = next(len(node.value.keys) for node in tree.body if isinstance(node, ast.Assign)
                         and getattr(node.targets[0], "id", "") == "QUESTIONS")
        items = socratic.get(module.number, [])
        assert len(items) == questions, (
            f"module {module.number}: the tracker lists {len(items)} Socratic questions, "
            f"the quiz {quiz.display_path} asks {questions}")
        for line in items:
            assert re.search(rf"\{{katas:[^}}]*\b{re.escape(quiz.id)}\b", line), (
                f"module {module.number}: the Socratic item {line!r} should name the quiz kata {quiz.id}")


def test_capstone_phases_carry_the_rubric_points_and_their_kata():
    capstone = {kata.id: kata for kata in KATAS if kata.module.number == 8}
    phases: dict[str, list[str]] = {}
    current = None
    for line in TEMPLATE_TEXT.splitlines():
        if match := re.match(r"\*\*Phase (\d+): .*\*\* \((\d+) points\)", line):
            current = f"8.{match.group(1)}"
            assert current in capstone, f"the tracker's phase heading {line!r} has no kata {current}"
            assert int(match.group(2)) == capstone[current].points, (
                f"the tracker says {line!r}, the catalog gives kata {current} {capstone[current].points} points")
            phases[current] = []
        elif not line.strip() or line.startswith("#"):
            current = None
        elif current:
            phases[current].append(line)
    assert set(phases) == set(capstone), \
        f"capstone phases without a section in the tracker: {sorted(set(capstone) - set(phases))}"
    for kata_id, lines in phases.items():
        named = {kata for line in lines for kata in re.findall(r"\{katas: ([^}]*)\}", line)}
        assert named == {kata_id}, \
            f"the items of phase {kata_id} should be proven by kata {kata_id} alone, not by {sorted(named)}"


def test_a_malformed_template_is_refused():
    good = "- [ ] an item {katas: 0.1}\n"
    for broken, why in [
        (good + good, "a duplicate item"),
        ("{{score}}\n", "an unknown figure"),
        (block("a", "x").removesuffix(END_MARKER) + "\n", "a block without an end marker"),
        ("- [ ] an item {katas: }\n", "an item naming no kata"),
        ("- [x] an item\n", "an item ticked in the template"),
    ]:
        with pytest.raises(TemplateError):
            render(facts(), None, template=broken)
            pytest.fail(f"a template with {why} should be refused")


# --- rendering ----------------------------------------------------------------------------------

def test_a_fresh_render_with_nothing_done_ticks_nothing_and_shows_zeros():
    rendered = render(facts(), None)
    ticked = sorted(text for text, tick in proven_ticks(rendered).items() if tick)
    assert not ticked, f"with no kata done these items are ticked anyway: {ticked}"
    assert not re.search(r"^\s*- \[[xX]\]", rendered, re.M), "a fresh tracker should have no ticks at all"
    for figure in ("Modules completed**: 0 / 8", f"Exercises completed**: 0 / {exercise_figures(frozenset())[1]}",
                   "Capstone score**: 0 / 100", "Level 0 (Beginner)"):
        assert figure in rendered, f"the headline of a fresh tracker should show {figure!r}"
    assert rendered.count("⬜ Not started") == 9, "every module 0-8 should be 'Not started' in a fresh tracker"
    assert "{{" not in rendered and "{katas" not in rendered and "%%" not in rendered, \
        "template syntax leaked into the rendered tracker"


def test_the_top_says_how_the_file_is_made():
    top = render(facts(), None)[:1500]
    assert "uv run nox -s progress" in top, "the top should say the file is generated by `uv run nox -s progress`"
    assert "your words" in top and "Rewritten" in top, "the top should say which lines are the learner's"


def test_with_every_kata_done_every_proven_item_is_ticked():
    rendered = render(facts(KATA_IDS), None)
    unticked = sorted(text for text, tick in proven_ticks(rendered).items() if not tick)
    assert not unticked, f"with every kata done these items are still unticked: {unticked}"
    assert "proven by kata 0.1" in rendered, "a proven item should say which kata proved it"
    assert "✅ Completed" in rendered and "Capstone score**: 100 / 100" in rendered


def test_learner_words_and_hand_ticks_survive_a_render_with_other_facts():
    before = learner_edits(render(facts({"0.1"}), None))
    after = render(facts(KATA_IDS - {"3.4"}), before)
    for words in ("Ada Lovelace", "- Tuning on the test set *is* training on it.\n\n",
                  "\nRead the failing test's message before the code.\n"):
        assert words in after, f"the learner's words {words!r} were lost by a re-render"
    assert HAND_ITEM.replace("[ ]", "[x]") in after, "the learner's tick on a setup item was lost"
    assert PHASE_HAND_ITEM.replace("[ ]", "[X]") in after, "a tick written as [X] was lost or changed"
    assert "Modules completed**: 7 / 8" in after, "the headline was not updated from the new facts"
    assert not check_previous(before), \
        f"a file edited only inside the blocks was judged lossy: {check_previous(before)}"


def test_a_file_edited_inside_the_blocks_round_trips_unchanged():
    done = {"0.1", "0.2", "1.Q", "8.1"}
    edited = learner_edits(render(facts(done), None))
    assert render(facts(done), edited) == edited, "re-rendering with the same facts changed the learner's file"


def test_a_kata_no_longer_done_unticks_its_items():
    everything = render(facts(KATA_IDS), None)
    fewer = render(facts(KATA_IDS - {"1.2"}), everything)
    ticks = proven_ticks(fewer)
    still_ticked = sorted(text for text, ids in ITEMS.items() if "1.2" in ids and ticks[text])
    assert not still_ticked, f"kata 1.2 no longer passes but these items stay ticked: {still_ticked}"
    lost = sorted(text for text, ids in ITEMS.items() if "1.2" not in ids and not ticks[text])
    assert not lost, f"items that do not need kata 1.2 lost their tick: {lost}"
    assert "to prove it, pass kata 1.2" in fewer, "an unproven item should say which kata still has to pass"


def test_a_hand_tick_on_an_item_the_tests_prove_does_not_stick():
    rendered = render(facts(), None)
    line = next(line for line in rendered.splitlines() if line.startswith("- [ ] Exercise 0.1"))
    forged = rendered.replace(line, line.replace("[ ]", "[x]"))
    assert line in render(facts(), forged), "a hand tick made an item look proven although kata 0.1 is not done"


def test_rendering_is_idempotent():
    for previous in (None, learner_edits(render(facts({"2.1"}), None))):
        once = render(facts({"0.1", "5.Q", "8.9"}), previous)
        assert render(facts({"0.1", "5.Q", "8.9"}), once) == once, \
            "rendering twice with the same facts changed the text"


# --- writing the file, with backups -------------------------------------------------------------

def test_writing_a_new_tracker_and_rewriting_a_clean_one_make_no_backup(tmp_path):
    path = tmp_path / "PROGRESS.md"
    assert write_progress(path, facts()) is None, "a first write should need no backup"
    path.write_bytes(learner_edits(path.read_text(encoding="utf-8")).replace("\n", "\r\n").encode())
    assert write_progress(path, facts({"0.1"})) is None, \
        "a file edited inside its blocks (and saved with Windows line ends) should need no backup"
    rewritten = path.read_text(encoding="utf-8")
    assert "Ada Lovelace" in rewritten and "- [x] Python 3.11" in rewritten, \
        "the learner's name or tick was lost on a rewrite"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["PROGRESS.md"], "stray files were left behind"


@pytest.mark.parametrize("damage, reason", [("broken end marker", "marker"),
                                            ("orphaned block", "not in the template"),
                                            ("text outside the blocks", "outside your blocks"),
                                            ("note on a proven item", "outside your blocks"),
                                            ("note in a figure", "outside your blocks")])
def test_a_file_that_would_lose_words_is_backed_up_first(tmp_path, damage, reason):
    path = tmp_path / "PROGRESS.md"
    old = learner_edits(render(facts({"0.1"}), None))
    if damage == "broken end marker":
        old = old.replace("Ada Lovelace" + END_MARKER, "Ada Lovelace<!-- end of your word -->")
    elif damage == "orphaned block":
        old += "\n" + block("old-notes", "\nnotes from an earlier version of the template\n") + "\n"
    elif damage == "text outside the blocks":
        old = old.replace("## 🎯 Before you start", "## 🎯 Before you start\n\nMy own note on setup.")
    elif damage == "note on a proven item":
        old = old.replace("pass kata 0.2\n", "pass kata 0.2 (on Monday)\n", 1)
    else:
        old = old.replace("**Modules completed**: 0 /", "**Modules completed**: none yet, give me a week /")
    assert old != learner_edits(render(facts({"0.1"}), None)), f"the test failed to make the {damage}"
    path.write_text(old, encoding="utf-8")
    (tmp_path / "PROGRESS.md.bak").write_text("an older backup", encoding="utf-8")

    problems = check_previous(old)
    assert any(reason in problem for problem in problems), \
        f"check_previous should report the {damage} with {reason!r}, it said {problems}"
    backup = write_progress(path, facts({"0.1", "0.2"}))
    assert backup == tmp_path / "PROGRESS.md.bak1", \
        f"a {damage} should leave a backup next to the file, PROGRESS.md.bak1 beside the older .bak, not {backup}"
    assert backup.read_text(encoding="utf-8") == old, "the backup should hold the old file unchanged"
    assert (tmp_path / "PROGRESS.md.bak").read_text(encoding="utf-8") == "an older backup", \
        "an existing backup was overwritten"
    new = path.read_text(encoding="utf-8")
    assert not check_previous(new), f"the rewritten tracker should parse cleanly: {check_previous(new)}"
    assert "Exercise 0.2" in new and write_progress(path, facts({"0.1", "0.2"})) is None, \
        "after the backup the next run should need none"
