"""The capstone's 100-point rubric: ``uv run nox -s capstone`` runs module 8's tests and prints
the points earned per phase, the total and the target line.

Each phase is one kata (8.1 … 8.9) worth its rubric weight (10/15/15/15/15/10/10/5/5, the
catalog's points). A phase's points are shared by its tests, as everywhere else
(``kata_framework.grading``), so a phase with 8 of 10 tests green earns 80% of its points; the
total is out of 100 and the target is 80.
Arguments go to pytest, e.g. ``uv run nox -s capstone -- --impl reference``. The hidden test
set of phase 9 is drawn with ``CAPSTONE_HIDDEN_SEED`` (default in the phase-9 tests).
"""

from __future__ import annotations

import sys

from .catalog import Module, load_catalog
from .grading import grade_module
from .results import run_recorded

CAPSTONE_MODULE = 8
TARGET = 80
#: The seed's rubric: kata id -> (phase name, points). The catalog's points must agree.
RUBRIC = {
    "8.1": ("Business context", 10), "8.2": ("Data engineering", 15),
    "8.3": ("Feature engineering", 15), "8.4": ("Model training", 15),
    "8.5": ("Model evaluation", 15), "8.6": ("Deployment design", 10),
    "8.7": ("Monitoring strategy", 10), "8.8": ("Documentation", 5), "8.9": ("Final evaluation", 5),
}


def capstone_module() -> Module:
    module = next((m for m in load_catalog() if m.number == CAPSTONE_MODULE), None)
    if module is None:
        raise SystemExit("capstone: module 8 is not in the catalog")
    points = {kata.id: kata.points for kata in module.katas}
    expected = {kata_id: weight for kata_id, (_, weight) in RUBRIC.items()}
    if points != expected:
        raise SystemExit(f"capstone: catalog points {points} differ from the rubric {expected}")
    return module


def score(record: dict) -> list[dict]:
    """One row per phase: passed and total tests, points earned (partial credit) and maximum."""
    grades = {g.kata.id: g for g in grade_module(capstone_module(), record).katas}
    rows = []
    for number, (kata_id, (phase, weight)) in enumerate(RUBRIC.items(), start=1):
        grade = grades[kata_id]
        rows.append({"phase": number, "name": phase, "kata": kata_id, "passed": grade.passed,
                     "tests": len(grade.tests), "points": grade.points, "max": weight})
    return rows


def render(rows: list[dict]) -> str:
    lines = [f"{'phase':<26} {'kata':<5} {'tests passed':>12} {'points':>13}", "-" * 59]
    for row in rows:
        lines.append(f"{row['phase']}. {row['name']:<23} {row['kata']:<5} "
                     f"{row['passed']:>5}/{row['tests']:<6} {row['points']:>6.1f} / {row['max']:<3}")
    total = round(sum(row["points"] for row in rows), 1)
    lines += ["-" * 59, f"{'total':<46} {total:>6.1f} / 100"]
    verdict = "reached" if total >= TARGET else f"{TARGET - total:.1f} points to go"
    lines.append(f"target: {TARGET} (hire-ready): {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    module = capstone_module()
    recorded, completed = run_recorded("-q", "--tb=no", str(module.tests_dir), *(argv or []))
    if recorded is None:
        print(completed.stdout[-3000:] + completed.stderr[-3000:])
        print("capstone: the tests did not run (see the output above)")
        return 2
    summary = next((line for line in reversed(completed.stdout.splitlines()) if " in " in line), "")
    print(f"Capstone rubric ({recorded['impl']}/): {summary.strip()}")
    print(render(score(recorded)))
    print("Details: uv run nox -s module8 (add -- --kata 8.N for one phase)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
