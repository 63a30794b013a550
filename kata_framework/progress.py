"""Your progress, filled in by the tests: ``uv run nox -s progress``.

Runs every module's tests against your katas (quietly, one pytest process per module, points
exactly as ``uv run nox -s grade`` and the Classroom award them) and prints, per module, the katas
done with a bar, the points, and the next kata to do with its file; then the course tracker's
headline figures: modules completed (0–7, out of 8), exercises completed, the capstone score out
of 100 and your level. It also writes ``PROGRESS.md``, the course tracker with every item a
passing kata proves ticked; the parts that are yours (name, aha moments, reflections, items no
test can check) are kept as you last wrote them.

Levels (the course's Level 0 → Level 3; a module is completed when all its katas are done):

* Level 0 (Beginner): phase 1 (modules 0–2) not yet completed.
* Level 1 (Foundations): phase 1 completed.
* Level 2 (Practitioner): phases 1 and 2 completed (modules 0–5).
* Level 3 (Proficient): modules 0–7 completed and a capstone score of 80 or more.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .catalog import PHASES, ROOT, has_worked_solutions, load_catalog
from .grading import ModuleGrade, chosen_impl, grade_here
from .tracker import ProgressFacts, check_previous, exercise_figures, write_progress
from .warm import WarmRunner

CAPSTONE = 8
CAPSTONE_TARGET = 80
LEVELS = ("Level 0 (Beginner)", "Level 1 (Foundations)", "Level 2 (Practitioner)", "Level 3 (Proficient)")
BAR = 20


def level(completed: set[int], capstone_points: float) -> str:
    """The course level for the completed module numbers and the capstone score (rule above)."""
    phase1, phase2, phase3 = (set(PHASES[p]) for p in (1, 2, 3))
    if phase1 | phase2 | phase3 <= completed and capstone_points >= CAPSTONE_TARGET:
        return LEVELS[3]
    if phase1 | phase2 <= completed:
        return LEVELS[2]
    if phase1 <= completed:
        return LEVELS[1]
    return LEVELS[0]


def module_status(grade: ModuleGrade) -> str:
    if grade.completed:
        return "Completed"
    return "In progress" if any(k.started for k in grade.katas) else "Not started"


def summarise(grades: list[ModuleGrade]) -> dict:
    """Every figure the report, PROGRESS.md and ``--json`` show."""
    done = [k.kata.id for g in grades for k in g.katas if k.done]  # in catalog order
    course = [g for g in grades if g.module.number != CAPSTONE]
    completed = {g.module.number for g in grades if g.completed}
    capstone = next((g for g in grades if g.module.number == CAPSTONE), None)
    capstone_points = capstone.points if capstone else 0.0
    exercises_completed, exercises_total = exercise_figures(frozenset(done))
    modules = []
    for g in grades:
        next_kata = next((k.kata for k in g.katas if not k.done), None)
        modules.append({
            "module": g.module.number, "title": g.module.title, "session": g.module.session,
            "katas_done": sum(k.done for k in g.katas), "katas": len(g.katas),
            "points": g.points, "max_points": g.max_points, "status": module_status(g),
            "next": next_kata and {"kata": next_kata.id, "title": next_kata.title, "file": next_kata.display_path},
            "problem": g.problem,
        })
    return {
        "modules": modules,
        "done": done,
        "points": round(sum(g.points for g in grades), 2), "max_points": sum(g.max_points for g in grades),
        "modules_completed": sum(g.module.number in completed for g in course), "modules_total": len(course),
        "exercises_completed": exercises_completed, "exercises_total": exercises_total,
        "capstone": {"points": capstone_points, "max": capstone.max_points if capstone else 100},
        "level": level(completed, capstone_points),
    }


def bar(done: int, total: int) -> str:
    filled = round(BAR * done / total) if total else 0
    return "#" * filled + "-" * (BAR - filled)


def print_report(summary: dict) -> None:
    print(f"{'module':<8}{'':<{BAR + 2}}{'katas':>7}{'points':>17}   next kata")
    for m in summary["modules"]:
        nxt = "all done" if m["next"] is None else f"{m['next']['kata']} {m['next']['title']}: {m['next']['file']}"
        print(f"{m['module']:<8}[{bar(m['katas_done'], m['katas'])}]{m['katas_done']:>4}/{m['katas']:<3}"
              f"{m['points']:>8.2f} / {m['max_points']:<5}  {nxt}")
        if m["problem"]:
            print(f"{'':<8}{m['problem'].splitlines()[0]}")
    print(f"\nModules completed: {summary['modules_completed']} / {summary['modules_total']} "
          "(modules 0-7, every kata done; the capstone has its own score)")
    print(f"Exercises completed: {summary['exercises_completed']} / {summary['exercises_total']} "
          "(the course's numbered exercises, each proven by the katas that cover it)")
    print(f"Capstone score: {summary['capstone']['points']:.2f} / {summary['capstone']['max']} "
          f"(target {CAPSTONE_TARGET}+)")
    print(f"Points: {summary['points']:.2f} / {summary['max_points']}")
    print(f"Current level: {summary['level']} (target: {LEVELS[3]})")


def facts(summary: dict) -> ProgressFacts:
    return ProgressFacts(
        done=frozenset(summary["done"]),
        module_status={m["module"]: m["status"] for m in summary["modules"]},
        modules_completed=summary["modules_completed"], modules_total=summary["modules_total"],
        exercises_completed=summary["exercises_completed"], exercises_total=summary["exercises_total"],
        capstone_points=summary["capstone"]["points"], capstone_max=summary["capstone"]["max"],
        level=summary["level"],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="uv run nox -s progress --",
                                     description="Run the tests and show your progress through the course.")
    parser.add_argument("--impl", choices=["katas", "reference"], default=None,
                        help="which code to run (default: KATA_IMPL, else katas)" if has_worked_solutions()
                        else argparse.SUPPRESS)
    parser.add_argument("--tracker", type=Path, default=ROOT / "PROGRESS.md",
                        help="where to write the filled-in tracker (default PROGRESS.md)")
    parser.add_argument("--no-tracker", action="store_true", help="do not write the tracker")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--cold", action="store_true",
                        help="start every module's pytest afresh instead of forking it from one warm interpreter")
    args = parser.parse_args(argv)
    impl = chosen_impl(parser, args.impl)
    modules = load_catalog()
    print(f"Running the tests of {len(modules)} modules against {impl}/, each in its own process...", flush=True)
    runner = None if args.cold else WarmRunner()
    summary = summarise(grade_here(modules, impl, runner=runner))  # counted as grade counts: added test config ignored
    print_report(summary)
    if not args.no_tracker:
        backup = write_progress(args.tracker, facts(summary))
        shown = args.tracker.relative_to(ROOT) if args.tracker.is_relative_to(ROOT) else args.tracker
        print(f"\nWrote {shown}: the ticks the tests prove are filled in; your own words are kept.")
        if backup is not None:
            print(f"Your previous tracker is kept whole in {backup}: this run could not keep all of it:")
            for problem in check_previous(backup.read_text(encoding="utf-8", errors="replace")):
                print(f"  - {problem}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
