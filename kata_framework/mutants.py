"""Mutation testing of the katas' tests: ``uv run nox -s mutants -- --module 3``.

A test suite that passes on the reference proves little until it fails on a reference with a
small bug in it. This tool makes such bugs (mutants) in a kata's reference, lays each over the
reference the way the verify gate lays a known-wrong solution, and runs the kata's tests: a
mutant is *killed* when at least one test turns red, and *survives* when all stay green.

The mutations are the slips a learner makes:

* comparisons: ``<`` and ``<=``, ``>`` and ``>=``, ``==`` and ``!=``, ``in`` and ``not in``;
* arithmetic: ``+`` and ``-``, ``*`` and ``/``, ``//`` to ``/``, ``**`` to ``*``;
* constants: an integer ``n`` to ``n + 1``, a float ``x`` to ``2x`` (``0.0`` to ``1.0``), ``True``
  and ``False``;
* logic: ``and`` and ``or``, a dropped ``not``; ``min`` and ``max``.

Docstrings, other strings and decorator arguments are never mutated. Each kata's mutants are sampled with a fixed
seed (``--sample`` per kata), so two runs report the same mutants. A survivor is either killed by
a new test or recorded as equivalent, with a one-line reason, in
``tests/<module>/equivalent_mutants.toml``::

    [[mutant]]
    kata = "0.2"
    line = "if months_live >= ramp_up_months:"   # the mutated source line, stripped
    mutation = ">= -> >"
    reason = "at equality both branches compute the same share (k / k == 1)"

The score is killed / (sampled - recorded equivalents). Like verify, mutants of katas whose
references import one another never share a test run.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import sys
import tempfile
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import ROOT, TESTS_DIR, Kata, Module, load_catalog
from .results import outcomes_by_kata, run_recorded
from .verify import disentangled_groups

COMPARE_SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
    ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}
BINOP_SWAPS: dict[type, type] = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div, ast.Pow: ast.Mult, ast.Mod: ast.Mult,
}
BOOLOP_SWAPS: dict[type, type] = {ast.And: ast.Or, ast.Or: ast.And}
CALL_SWAPS = {"min": "max", "max": "min"}
SYMBOLS = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not", ast.Add: "+",
    ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Pow: "**", ast.Mod: "%",
    ast.And: "and", ast.Or: "or",
}


@dataclass(frozen=True)
class Mutant:
    kata: Kata
    index: int  # which mutation site of the reference, in source order
    line: str  # the mutated source line, stripped
    lineno: int
    mutation: str  # e.g. ">= -> >"
    source: str  # the whole mutated module

    @property
    def where(self) -> str:
        return f"{self.kata.reference_path.relative_to(ROOT).as_posix()}:{self.lineno}"


def _docstring_nodes(tree: ast.AST) -> set[int]:
    """ids of the constants never mutated: docstrings, and arguments of decorators (such as
    ``@dataclass(frozen=True)``), which configure a class rather than compute a result."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found |= {id(inner) for decorator in node.decorator_list for inner in ast.walk(decorator)
                      if isinstance(inner, ast.Constant)}
    return found


@dataclass(frozen=True)
class _CompareOp:
    """The ``index``-th operator of a comparison. (The parser shares one instance of each
    operator across the tree, so an operator is replaced in its list, never changed in place.)"""

    compare: ast.Compare
    index: int


def _sites(tree: ast.AST) -> list[tuple[ast.AST | _CompareOp, str, int]]:
    """Every mutable spot of the tree, in source order: (node to change, description, line)."""
    skip = _docstring_nodes(tree)
    sites: list[tuple[ast.AST | _CompareOp, str, int, int]] = []
    for node in ast.walk(tree):
        line, col = getattr(node, "lineno", 0), getattr(node, "col_offset", 0)
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in COMPARE_SWAPS:
                    sites.append((_CompareOp(node, i), f"{SYMBOLS[type(op)]} -> {SYMBOLS[COMPARE_SWAPS[type(op)]]}",
                                  line, col + i))
        elif isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in BINOP_SWAPS:
            sites.append((node, f"{SYMBOLS[type(node.op)]} -> {SYMBOLS[BINOP_SWAPS[type(node.op)]]}", line, col))
        elif isinstance(node, ast.BoolOp):
            sites.append((node, f"{SYMBOLS[type(node.op)]} -> {SYMBOLS[BOOLOP_SWAPS[type(node.op)]]}", line, col))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            sites.append((node, "not x -> x", line, col))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CALL_SWAPS:
            sites.append((node.func, f"{node.func.id} -> {CALL_SWAPS[node.func.id]}", line, col))
        elif isinstance(node, ast.Constant) and id(node) not in skip:
            if isinstance(node.value, bool):
                sites.append((node, f"{node.value} -> {not node.value}", line, col))
            elif isinstance(node.value, int):
                sites.append((node, f"{node.value} -> {node.value + 1}", line, col))
            elif isinstance(node.value, float):
                sites.append((node, f"{node.value!r} -> {_bigger(node.value)!r}", line, col))
    sites.sort(key=lambda site: (site[2], site[3], site[1]))
    return [(node, mutation, line) for node, mutation, line, _ in sites]


def _bigger(value: float) -> float:
    return 1.0 if value == 0 else value * 2


def _apply(node: ast.AST | _CompareOp) -> None:
    """Mutate one site in place."""
    if isinstance(node, _CompareOp):
        node.compare.ops[node.index] = COMPARE_SWAPS[type(node.compare.ops[node.index])]()
    elif isinstance(node, (ast.BinOp, ast.AugAssign)):
        node.op = BINOP_SWAPS[type(node.op)]()
    elif isinstance(node, ast.BoolOp):
        node.op = BOOLOP_SWAPS[type(node.op)]()
    elif isinstance(node, ast.Name):
        node.id = CALL_SWAPS[node.id]
    elif isinstance(node, ast.Constant):
        value = node.value
        node.value = (not value) if isinstance(value, bool) else value + 1 if isinstance(value, int) \
            else _bigger(value)


class _DropNot(ast.NodeTransformer):
    """Replaces one ``not x`` by ``x``."""

    def __init__(self, target: ast.UnaryOp):
        self.target = target

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        return self.generic_visit(node.operand if node is self.target else node)


def mutants_of(kata: Kata) -> list[Mutant]:
    """Every mutant of the kata's reference, in source order."""
    source = kata.reference_path.read_text(encoding="utf-8")
    lines = source.splitlines()
    count = len(_sites(ast.parse(source)))
    found = []
    for index in range(count):
        tree = ast.parse(source)
        node, mutation, lineno = _sites(tree)[index]
        if isinstance(node, ast.UnaryOp):
            tree = _DropNot(node).visit(tree)
        else:
            _apply(node)
        ast.fix_missing_locations(tree)
        found.append(Mutant(kata, index, lines[lineno - 1].strip() if lineno else "", lineno, mutation,
                            ast.unparse(tree)))
    return found


def sample(kata: Kata, count: int, seed: int = 0) -> list[Mutant]:
    """``count`` of the kata's mutants, the same ones on every run (0: all of them)."""
    every = mutants_of(kata)
    if count <= 0 or count >= len(every):
        return every
    chosen = random.Random(f"{seed}:{kata.id}").sample(range(len(every)), count)
    return [every[i] for i in sorted(chosen)]


@dataclass(frozen=True)
class Equivalent:
    kata: str
    line: str
    mutation: str
    reason: str


def recorded_equivalents(module: Module) -> list[Equivalent]:
    path = TESTS_DIR / module.folder / "equivalent_mutants.toml"
    if not path.exists():
        return []
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("mutant", [])
    return [Equivalent(str(e["kata"]), str(e["line"]).strip(), str(e["mutation"]), str(e["reason"]))
            for e in entries]


def is_recorded(mutant: Mutant, equivalents: list[Equivalent]) -> Equivalent | None:
    return next((e for e in equivalents if e.kata == mutant.kata.id and e.line == mutant.line
                 and e.mutation == mutant.mutation), None)


@dataclass
class MutantRound:
    mutants: list[Mutant]
    killed: dict[Mutant, bool] = field(default_factory=dict)
    seconds: float = 0.0


def plan(mutants_by_kata: dict[str, list[Mutant]], katas: list[Kata]) -> list[MutantRound]:
    """Rounds of at most one mutant per kata, no two entangled katas in a round."""
    return [MutantRound([mutant for _, mutant in group]) for group in disentangled_groups(mutants_by_kata, katas)]


def run_round(round_: MutantRound, timeout: int) -> MutantRound:
    with tempfile.TemporaryDirectory() as tmp:
        overlays = {}
        for mutant in round_.mutants:
            path = Path(tmp) / f"{mutant.kata.id.replace('.', '_')}_{mutant.index}.py"
            path.write_text(mutant.source, encoding="utf-8")
            overlays[mutant.kata.import_name] = str(path)
        args = ["-q", "--no-header", "--tb=no", "--impl=reference", f"-o timeout={timeout}",
                f"--kata-overlays={json.dumps(overlays)}",
                *(f"--kata={m.kata.id}" for m in round_.mutants),
                *(str(p) for m in round_.mutants for p in m.kata.test_paths)]
        start = time.perf_counter()
        record, _ = run_recorded(*args)
        round_.seconds = time.perf_counter() - start
    outcomes = outcomes_by_kata(record["tests"]) if record else {}
    for mutant in round_.mutants:
        results = outcomes.get(mutant.kata.id, [])
        round_.killed[mutant] = not results or any(o != "passed" for o in results)
    return round_


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="uv run nox -s mutants --",
                                     description="Mutate the katas' references and report the mutants "
                                                 "their tests let through.")
    parser.add_argument("--module", type=int, action="append", default=[], help="only this module (repeatable)")
    parser.add_argument("--kata", action="append", default=[], help="only this kata, e.g. 3.1 (repeatable)")
    parser.add_argument("--sample", type=int, default=8,
                        help="mutants per kata, sampled with a fixed seed (0: every mutant; default 8)")
    parser.add_argument("--seed", type=int, default=0, help="which sample (default 0)")
    parser.add_argument("--jobs", type=int, default=2, help="pytest processes at once (default 2)")
    parser.add_argument("--timeout", type=int, default=10, help="seconds per test (a mutant may loop)")
    parser.add_argument("--min-score", type=float, default=0.0,
                        help="exit non-zero when the score is below this fraction (e.g. 0.9)")
    args = parser.parse_args(argv)

    modules = [m for m in load_catalog() if not args.module or m.number in args.module]
    katas = [k for m in modules for k in m.katas
             if (not args.kata or k.id in args.kata) and not k.id.endswith(".Q")]
    if not katas:
        parser.error("no kata matches (quizzes are not mutated)")
    equivalents = [e for m in modules for e in recorded_equivalents(m)]
    by_kata = {k.id: sample(k, args.sample, args.seed) for k in katas}
    rounds = plan(by_kata, katas)
    total = sum(len(m) for m in by_kata.values())
    print(f"mutants: {total} mutants of {len(katas)} katas in {len(rounds)} test runs...", flush=True)
    start = time.perf_counter()
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        done = list(pool.map(lambda r: run_round(r, args.timeout), rounds))
    killed = {m: k for r in done for m, k in r.killed.items()}
    return report(katas, by_kata, killed, equivalents, args.min_score, time.perf_counter() - start)


def report(katas: list[Kata], by_kata: dict[str, list[Mutant]], killed: dict[Mutant, bool],
           equivalents: list[Equivalent], min_score: float, seconds: float) -> int:
    header = f"{'kata':<6} {'mutants':>7} {'killed':>7} {'equivalent':>10} {'survived':>9}  title"
    print(header + "\n" + "-" * len(header))
    survivors, all_killed, all_counted = [], 0, 0
    for kata in katas:
        mutants = by_kata[kata.id]
        equivalent = [m for m in mutants if not killed[m] and is_recorded(m, equivalents)]
        survived = [m for m in mutants if not killed[m] and not is_recorded(m, equivalents)]
        dead = sum(killed[m] for m in mutants)
        all_killed += dead
        all_counted += len(mutants) - len(equivalent)
        survivors += survived
        print(f"{kata.id:<6} {len(mutants):>7} {dead:>7} {len(equivalent):>10} {len(survived):>9}  {kata.title}")
    score = all_killed / all_counted if all_counted else 1.0
    if survivors:
        print("\nSurvivors (kill each with a test, or record it in tests/<module>/equivalent_mutants.toml):")
        for m in survivors:
            print(f"  {m.kata.id} {m.where}: {m.mutation!r} in {m.line!r}")
    print(f"\nmutation score: {all_killed}/{all_counted} killed = {score:.1%} "
          f"(recorded equivalents excluded), {seconds:.0f} s")
    return 1 if score < min_score else 0


if __name__ == "__main__":
    sys.exit(main())
