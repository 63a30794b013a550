"""The maintainers' gate: every kata's tests are red on its stub, green on its reference, and red
on each of its known-wrong solutions; the repository's meta-tests pass.

Run it as ``uv run nox -s verify`` (``-- --module 3`` limits it to some modules). It runs a few
pytest processes, each importing the ML stack once, rather than one per kata:

* the stub round: every module's tests against ``katas/``; at least one test of each kata must
  be red, and a test that passes there must be marked ``guard`` (it earns no points), so
  untouched starting code scores 0;
* the reference round: the whole suite, meta-tests included, against ``reference/``;
* wrong rounds: known-wrong solutions laid over their reference modules, many katas at once,
  each kata's tests judged on its own overlay (at least one must be red). Katas whose references
  import one another never share a round, so one kata's overlay cannot make another kata's tests
  fail;
* right rounds: known-right solutions (``tests/<module>/known_right/``), correct code written
  another way, laid over the reference the same way: every test of the kata must pass.

It prints one table per module and exits non-zero on any violation. ``katas/`` must hold the
pristine stubs (a checkout where you solved katas will fail the stub round).
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .catalog import TESTS_DIR, Kata, Module, load_catalog
from .results import outcomes_by_kata, run_recorded

T = TypeVar("T")


@dataclass
class Round:
    name: str
    impl: str
    paths: list[Path]
    katas: list[Kata] = field(default_factory=list)  # restrict to these katas (wrong rounds)
    overlays: dict[str, str] = field(default_factory=dict)
    wrong_of: dict[str, str] = field(default_factory=dict)  # kata id -> overlay file name
    kind: str = ""  # "wrong" or "right" for overlay rounds
    results: dict = field(default_factory=dict)
    outcomes: dict[str, list[str]] = field(default_factory=dict)  # kata id -> outcomes
    log: str = ""
    seconds: float = 0.0
    returncode: int = 0


def _run(round_: Round) -> Round:
    args = ["-q", "--no-header", "-o", "console_output_style=classic", f"--impl={round_.impl}",
            *map(str, round_.paths)]
    if round_.overlays:
        args.append(f"--kata-overlays={json.dumps(round_.overlays)}")
    args += [f"--kata={kata.id}" for kata in round_.katas]
    start = time.perf_counter()
    record, completed = run_recorded(*args)
    round_.seconds = time.perf_counter() - start
    round_.returncode = completed.returncode
    round_.log = completed.stdout + completed.stderr
    round_.outcomes = outcomes_by_kata(record["tests"]) if record else {}
    round_.results = record or {"tests": {}}
    return round_


def _imports_of(kata: Kata, by_name: dict[str, Kata]) -> set[str]:
    """Ids of the katas whose modules the kata's reference imports (relative imports)."""
    package = kata.import_name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(kata.reference_path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            names = [node.module] if node.module else [alias.name for alias in node.names]
            found |= {by_name[f"{package}.{n}"].id for n in names if f"{package}.{n}" in by_name}
    return found


def _entangled(katas: list[Kata]) -> dict[str, set[str]]:
    """For each kata, the katas that must not wear a known-wrong overlay in the same round:
    those it imports and those that import it, directly or not."""
    by_name = {kata.import_name: kata for kata in katas}
    reaches = {kata.id: _imports_of(kata, by_name) for kata in katas}
    changed = True
    while changed:  # transitive closure; the graphs are tiny
        changed = False
        for kata_id, targets in reaches.items():
            wider = targets.union(*(reaches[t] for t in targets))
            if wider != targets:
                reaches[kata_id], changed = wider, True
    return {k: reaches[k] | {o for o, t in reaches.items() if k in t} for k in reaches}


def disentangled_groups(items: dict[str, list[T]], katas: list[Kata]) -> list[list[tuple[Kata, T]]]:
    """As few groups as possible of ``(kata, item)`` (``items`` maps a kata id to its items), each
    holding at most one item per kata and no two katas whose references import one another,
    directly or not: so one kata's overlay cannot make another kata's tests fail in the same run.
    The katas' first items fill the first groups, then their second items, and so on."""
    entangled = _entangled(katas)
    groups: list[list[tuple[Kata, T]]] = []
    for k in range(max((len(found) for found in items.values()), default=0)):
        for kata in (kata for kata in katas if len(items.get(kata.id, ())) > k):
            group = next((g for g in groups if all(
                other.id != kata.id and other.id not in entangled[kata.id] for other, _ in g)), None)
            if group is None:
                groups.append(group := [])
            group.append((kata, items[kata.id][k]))
    return groups


def _overlay_rounds(katas: list[Kata], kind: str) -> list[Round]:
    """The rounds laying each kata's ``kind`` solutions ("wrong" or "right") over its reference."""
    groups = disentangled_groups({kata.id: list(getattr(kata, kind)) for kata in katas}, katas)
    return [Round(f"{kind}{number}", "reference", [p for kata, _ in group for p in kata.test_paths],
                  [kata for kata, _ in group],
                  overlays={kata.import_name: str(solution.path) for kata, solution in group},
                  wrong_of={kata.id: solution.file for kata, solution in group}, kind=kind)
            for number, group in enumerate(groups, start=1)]


def plan_rounds(modules: list[Module]) -> list[Round]:
    """The stub and reference rounds, then the known-wrong rounds and the known-right rounds."""
    katas = [kata for module in modules for kata in module.katas]
    test_files = [p for kata in katas for p in kata.test_paths]
    return [
        Round("stub", "katas", test_files),
        Round("reference", "reference", test_files + [TESTS_DIR / "meta"]),
        *_overlay_rounds(katas, "wrong"),
        *_overlay_rounds(katas, "right"),
    ]


def _outcomes(round_: Round, kata: Kata) -> list[str]:
    return round_.outcomes.get(kata.id, [])


def judge(modules: list[Module], rounds: list[Round]) -> tuple[list[str], list[str]]:
    """The printed report lines and the list of violations."""
    stub, reference = rounds[0], rounds[1]
    wrong_rounds = [r for r in rounds[2:] if r.kind == "wrong"]
    right_rounds = [r for r in rounds[2:] if r.kind == "right"]
    lines, violations = [], []
    header = (f"{'kata':<6} {'tests':>5} {'red on stub':>12} {'green on ref':>13} {'wrong rejected':>15} "
              f"{'right accepted':>15}  title")
    for module in modules:
        lines += ["", f"{module.session}: {module.title}", header, "-" * len(header)]
        for kata in module.katas:
            ref = _outcomes(reference, kata)
            on_stub = _outcomes(stub, kata)
            red = sum(o != "passed" for o in on_stub)
            green = sum(o == "passed" for o in ref)
            rejected = 0
            for round_ in wrong_rounds:
                if kata.id not in round_.wrong_of:
                    continue
                outcomes = _outcomes(round_, kata)
                if "broken" in outcomes:
                    violations.append(f"{kata.id}: known-wrong {round_.wrong_of[kata.id]} does not import")
                elif any(o != "passed" for o in outcomes):
                    rejected += 1
                else:
                    violations.append(f"{kata.id}: tests accept the known-wrong solution "
                                      f"{round_.wrong_of[kata.id]} ({_mistake(kata, round_)})")
            accepted = 0
            for round_ in right_rounds:
                if kata.id not in round_.wrong_of:
                    continue
                outcomes = _outcomes(round_, kata)
                red_tests = [n for n, r in round_.results["tests"].items()
                             if r["kata"] == kata.id and r["outcome"] != "passed"]
                if outcomes and not red_tests:
                    accepted += 1
                else:
                    violations.append(f"{kata.id}: tests reject the known-right solution {round_.wrong_of[kata.id]} "
                                      f"({_approach(kata, round_)}): {red_tests[:3] or 'no test ran'}")
            if not ref:
                violations.append(f"{kata.id}: no tests ran (are its test files in the catalog?)")
            elif green < len(ref):
                violations.append(f"{kata.id}: {len(ref) - green} test(s) red on the reference")
            if not on_stub or red == 0:
                violations.append(f"{kata.id}: no test is red on the stub")
            free = _free_points(stub, kata)
            if free:
                violations.append(f"{kata.id}: {len(free)} test(s) pass on the starting code and would earn "
                                  f"points for nothing ({free[0]}...): mark them @pytest.mark.guard or make "
                                  "them require the learner's work")
            if not kata.wrong:
                violations.append(f"{kata.id}: has no known-wrong solution in the catalog")
            lines.append(f"{kata.id:<6} {len(ref):>5} {red:>12} {green:>13} "
                         f"{f'{rejected}/{len(kata.wrong)}':>15} {f'{accepted}/{len(kata.right)}':>15}  {kata.title}")
    meta = [n for n, r in reference.results["tests"].items() if r["kata"] is None and r["outcome"] != "passed"]
    violations += [f"meta-test failed: {nodeid}" for nodeid in meta]
    if not any(r["kata"] is None for r in reference.results["tests"].values()):
        violations.append("the meta-tests (tests/meta) did not run")
    return lines, violations


def _free_points(stub: Round, kata: Kata) -> list[str]:
    """Tests of ``kata`` that pass on the stub and are not marked guard."""
    return sorted(nodeid for nodeid, r in stub.results["tests"].items()
                  if r["kata"] == kata.id and r["outcome"] == "passed" and not r.get("guard"))


def _mistake(kata: Kata, round_: Round) -> str:
    return next(w.mistake for w in kata.wrong if w.file == round_.wrong_of[kata.id])


def _approach(kata: Kata, round_: Round) -> str:
    return next(r.approach for r in kata.right if r.file == round_.wrong_of[kata.id])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Prove every kata red on its stub, green on its "
                                                 "reference and red on its known-wrong solutions.")
    parser.add_argument("--module", type=int, action="append", default=[],
                        help="only this module number (repeatable)")
    parser.add_argument("--jobs", type=int, default=2, help="pytest processes at once (default 2)")
    args = parser.parse_args(argv)

    modules = [m for m in load_catalog() if not args.module or m.number in args.module]
    if not modules:
        print("verify: no module matches", args.module)
        return 2
    start = time.perf_counter()
    with ThreadPoolExecutor(args.jobs) as pool:
        rounds = list(pool.map(_run, plan_rounds(modules)))
    lines, violations = judge(modules, rounds)
    print("\n".join(lines))
    print()
    for round_ in rounds:
        print(f"round {round_.name:<10} impl={round_.impl:<9} {len(round_.results['tests']):>4} tests "
              f"{round_.seconds:6.1f} s")
    reference = rounds[1]
    if reference.returncode not in (0, 1) or violations:
        if reference.returncode != 0:
            print("\n--- reference round output (tail) ---")
            print("\n".join(reference.log.splitlines()[-60:]))
        print(f"\nverify: {len(violations)} violation(s)")
        for violation in violations:
            print(f"  - {violation}")
        return 1
    katas = sum(len(m.katas) for m in modules)
    print(f"\nverify: OK: {katas} katas in {len(modules)} modules, "
          f"{time.perf_counter() - start:.1f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
