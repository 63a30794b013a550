"""kata_framework.mutants: which mutants it makes, that sampling is stable, how equivalents match."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest

from kata_framework import mutants
from kata_framework.catalog import find_kata

SOURCE = '''"""Docstring: 1 < 2 must not be mutated."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    size: int = 3


def share(k: int, months: int) -> float:
    """Also not mutated: 0.5."""
    if months <= 0 and not k:
        return 1.0
    return min(1, k / months) + 0
'''


@pytest.fixture
def kata(tmp_path: Path):
    path = tmp_path / "ref.py"
    path.write_text(SOURCE, encoding="utf-8")
    real = find_kata("0.2")
    fake = replace(real)
    object.__setattr__(fake, "module", real.module)
    return fake, path


def _mutants(monkeypatch, kata):
    fake, path = kata
    monkeypatch.setattr(type(fake), "reference_path", property(lambda self: path))
    return mutants.mutants_of(fake)


def test_every_kind_of_slip_is_made_once_per_site(monkeypatch, kata):
    made = {(m.lineno, m.mutation) for m in _mutants(monkeypatch, kata)}
    expected = {(7, "3 -> 4"), (12, "<= -> <"), (12, "0 -> 1"), (12, "and -> or"), (12, "not x -> x"),
                (13, "1.0 -> 2.0"), (14, "min -> max"), (14, "1 -> 2"), (14, "/ -> *"), (14, "+ -> -"),
                (14, "0 -> 1")}
    assert made == expected, f"mutants made: {sorted(made)}"


def test_docstrings_and_decorator_arguments_are_never_mutated(monkeypatch, kata):
    for mutant in _mutants(monkeypatch, kata):
        assert "Docstring: 1 < 2 must not" in mutant.source, f"{mutant.mutation} changed a docstring"
        assert "Also not mutated: 0.5." in mutant.source, f"{mutant.mutation} changed a docstring"
        assert "frozen=True" in mutant.source, f"{mutant.mutation} changed a decorator argument"


def test_each_mutant_differs_from_the_source_in_exactly_its_mutation(monkeypatch, kata):
    original = ast.unparse(ast.parse(SOURCE))
    dropped = next(m for m in _mutants(monkeypatch, kata) if m.mutation == "not x -> x")
    assert dropped.source != original
    assert "months <= 0 and k:" in dropped.source, dropped.source
    compiled = [compile(m.source, "mutant", "exec") for m in _mutants(monkeypatch, kata)]
    assert len(compiled) == 11


def test_sampling_is_the_same_on_every_run():
    kata = find_kata("0.2")
    first = [(m.index, m.mutation) for m in mutants.sample(kata, 5)]
    assert first == [(m.index, m.mutation) for m in mutants.sample(kata, 5)]
    assert len(first) == 5
    assert len(mutants.sample(kata, 0)) == len(mutants.mutants_of(kata))


def test_a_recorded_equivalent_matches_on_kata_line_and_mutation():
    kata = find_kata("0.2")
    mutant = mutants.mutants_of(kata)[0]
    same = mutants.Equivalent(kata.id, mutant.line, mutant.mutation, "why")
    other = mutants.Equivalent(kata.id, mutant.line, "something else", "why")
    assert mutants.is_recorded(mutant, [other, same]) is same
    assert mutants.is_recorded(mutant, [other]) is None
