"""Your progress, filled in by the tests: ``uv run nox -s progress``.

Runs every module's tests once against your katas (one pytest process), then prints what the
course's progress tracker asks for: katas and points per module, modules completed, exercises
and mastery items proven by a passing kata, the capstone score and your level. The points are
exactly what the Classroom autograder awards: a kata earns its points when all its tests pass.
``--json FILE`` also writes the figures for tools.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from .catalog import Kata, Module, load_catalog
from .results import outcomes_by_kata, run_recorded

LEVELS = [(0.0, "Level 0 (Beginner)"), (0.25, "Level 1 (Foundations)"),
          (0.5, "Level 2 (Practitioner)"), (0.8, "Level 3 (Proficient)")]


def run_tests(modules: list[Module], impl: str) -> dict[str, list[str]]:
    """Outcomes per kata id, from one pytest run over the modules' test folders."""
    record, _ = run_recorded("-q", f"--impl={impl}", *(str(m.tests_dir) for m in modules))
    return outcomes_by_kata(record["tests"]) if record else {}


def is_done(kata: Kata, outcomes: dict[str, list[str]]) -> bool:
    results = outcomes.get(kata.id, [])
    return bool(results) and all(o == "passed" for o in results)


def level(share: float) -> str:
    return [name for threshold, name in LEVELS if share >= threshold][-1]


def report(modules: list[Module], outcomes: dict[str, list[str]]) -> dict:
    per_module = []
    for module in modules:
        done = [k for k in module.katas if is_done(k, outcomes)]
        per_module.append({
            "module": module.number, "title": module.title,
            "katas_done": len(done), "katas": len(module.katas),
            "points": sum(k.points for k in done), "max_points": module.points,
            "completed": len(done) == len(module.katas),
        })
    covered = defaultdict(list)
    for module in modules:
        for kata in module.katas:
            for item in kata.covers:
                covered[item].append(is_done(kata, outcomes))
    proven = sorted(item for item, flags in covered.items() if all(flags))
    earned = sum(m["points"] for m in per_module)
    total = sum(m["max_points"] for m in per_module)
    capstone = next((m for m in per_module if m["module"] == 8), None)
    return {
        "modules": per_module,
        "points": earned, "max_points": total,
        "modules_completed": sum(m["completed"] for m in per_module),
        "exercises_proven": [i for i in proven if i.startswith("Exercise")],
        "exercises": sorted(i for i in covered if i.startswith("Exercise")),
        "mastery_proven": [i for i in proven if i.startswith("Mastery")],
        "capstone": capstone and {"points": capstone["points"], "max": capstone["max_points"]},
        "level": level(earned / total if total else 0.0),
    }


def print_report(summary: dict) -> None:
    print(f"{'module':<8}{'katas':>8}{'points':>10}  title")
    for m in summary["modules"]:
        mark = "done" if m["completed"] else ""
        print(f"{m['module']:<8}{m['katas_done']:>3}/{m['katas']:<4}{m['points']:>5}/{m['max_points']:<4}  "
              f"{m['title']} {mark}")
    print(f"\nPoints: {summary['points']}/{summary['max_points']}   "
          f"Modules completed: {summary['modules_completed']}/{len(summary['modules'])}   "
          f"Exercises proven: {len(summary['exercises_proven'])}/{len(summary['exercises'])}")
    if summary["capstone"]:
        print(f"Capstone: {summary['capstone']['points']}/{summary['capstone']['max']} (target 80+)")
    print(f"Level: {summary['level']}")
    if summary["mastery_proven"]:
        print("\nMastery items your passing katas prove:")
        for item in summary["mastery_proven"]:
            print(f"  [x] {item.removeprefix('Mastery:').strip()}")
    print("\nThe reflective parts of the tracker (aha moments, what you learned) are yours to write.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Grade your katas and show your progress.")
    parser.add_argument("--impl", default="katas", choices=["katas", "reference"])
    parser.add_argument("--module", type=int, action="append", default=[], help="only these modules")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    modules = [m for m in load_catalog() if not args.module or m.number in args.module]
    print(f"Running the tests of {len(modules)} module(s) against {args.impl}/ (about a minute)...",
          flush=True)
    summary = report(modules, run_tests(modules, args.impl))
    print_report(summary)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
