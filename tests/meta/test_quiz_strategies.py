"""No surface strategy passes the quizzes: each scores at chance level or below, and each quiz is
sealed as a whole so that searching its answers costs far more than answering them.

A strategy is scored question by question over all quizzes (a question counts when its whole
answer is right), which is kinder to it than the tests are: they grade a quiz as a whole. Random guessing is the yardstick: 1/k for one letter among k,
1/2**n for a set of letters among n statements (each subset equally likely), 0 for a number.
For the set questions the strategies are also scored statement by statement (a statement counts
when the strategy selects it exactly if it is true): there chance is one half.

Run this file as a script to print the table of scores.
"""

from __future__ import annotations

import importlib
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from kata_framework.catalog import load_catalog
from kata_framework.quiz import SCRYPT, canonical, key_path, kind_of, open_key

HEDGES = {"usually", "often", "may", "might", "can", "could", "depends", "depend", "typically",
          "generally", "tends", "tend", "likely", "sometimes", "perhaps", "possibly", "about",
          "roughly", "rather"}
ABSOLUTES = {"always", "never", "only", "every", "all", "none", "cannot", "must", "nothing", "any",
             "whatever", "guarantees", "guaranteed", "alone"}


@dataclass(frozen=True)
class Question:
    module: str
    id: str
    kind: str
    text: str
    choices: dict[str, str]
    answer: object  # a set of letters, a letter or a number, from reference/

    @property
    def truth(self) -> set[str]:
        return set(self.answer) if self.kind == "select" else {self.answer}


def _quiz_modules() -> list[str]:
    return [module.folder for module in load_catalog()
            if any(kata.id.endswith(".Q") for kata in module.katas)]


def _questions() -> list[Question]:
    found = []
    for folder in _quiz_modules():
        reference = importlib.import_module(f"reference.{folder}.quiz")
        answers = reference.answers()
        for qid, question in reference.QUESTIONS.items():
            found.append(Question(folder, qid, kind_of(question), question["question"],
                                  dict(question.get("choices", {})), answers[qid]))
    return found


QUESTIONS = _questions()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def _hedges(text: str) -> int:
    return sum(word in HEDGES for word in _words(text))


def _hedge_density(text: str) -> float:
    return _hedges(text) / len(_words(text))


def _absolutes(text: str) -> int:
    return sum(word in ABSOLUTES for word in _words(text))


def _ranked(question: Question, key: Callable[[str], float]) -> list[str]:
    """Letters from the highest key to the lowest; ties broken by letter."""
    return sorted(question.choices, key=lambda letter: (-key(question.choices[letter]), letter))


def _top_half(question: Question, key: Callable[[str], float]) -> set[str]:
    return set(_ranked(question, key)[: math.ceil(len(question.choices) / 2)])


# One letter (a set of one letter for a select question).
PICK_ONE: dict[str, Callable[[Question], str]] = {
    "longest": lambda q: _ranked(q, len)[0],
    "shortest": lambda q: _ranked(q, lambda text: -len(text))[0],
    "most hedged": lambda q: _ranked(q, _hedges)[0],
    "fewest absolutes": lambda q: _ranked(q, lambda text: -_absolutes(text))[0],
    **{f"always {letter!r}": (lambda q, letter=letter: letter) for letter in "abcdefgh"},
}

# A set of letters, for select questions.
PICK_SET: dict[str, Callable[[Question], set[str]]] = {
    "select all": lambda q: set(q.choices),
    "select none": lambda q: set(),
    "select the longest half": lambda q: _top_half(q, len),
    "select the shortest half": lambda q: _top_half(q, lambda text: -len(text)),
    "select the most hedged half": lambda q: _top_half(q, _hedge_density),
    "select the least hedged half": lambda q: _top_half(q, lambda text: -_hedge_density(text)),
    "select those with a hedge": lambda q: {letter for letter, text in q.choices.items() if _hedges(text)},
    "select those without a hedge": lambda q: {letter for letter, text in q.choices.items()
                                               if not _hedges(text)},
    "select those without absolutes": lambda q: {letter for letter, text in q.choices.items()
                                                 if not _absolutes(text)},
    "select those with absolutes": lambda q: {letter for letter, text in q.choices.items()
                                              if _absolutes(text)},
    "select the first half": lambda q: set(sorted(q.choices)[: math.ceil(len(q.choices) / 2)]),
    "select the last half": lambda q: set(sorted(q.choices)[len(q.choices) // 2:]),
}


def chance(question: Question) -> float:
    """Probability that a uniform random guess answers the question right."""
    if question.kind == "one":
        return 1 / len(question.choices)
    if question.kind == "select":
        return 1 / 2 ** len(question.choices)
    return 0.0


def score_one(name: str) -> float:
    pick = PICK_ONE[name]
    total = 0.0
    for question in QUESTIONS:
        if question.kind == "one":
            total += pick(question) == question.answer
        elif question.kind == "select":
            total += {pick(question)} == question.truth
    return total


def score_set(name: str) -> tuple[float, float]:
    """(questions answered exactly, share of statements judged right) over all select questions."""
    pick = PICK_SET[name]
    exact, judged, statements = 0.0, 0, 0
    for question in QUESTIONS:
        if question.kind != "select":
            continue
        chosen = pick(question)
        exact += chosen == question.truth
        judged += sum((letter in chosen) == (letter in question.truth) for letter in question.choices)
        statements += len(question.choices)
    return exact, judged / statements


CHANCE = sum(map(chance, QUESTIONS))


@pytest.mark.parametrize("strategy", sorted(PICK_ONE))
def test_one_letter_strategies_score_at_most_chance(strategy):
    score = score_one(strategy)
    assert score <= CHANCE, (
        f"the strategy {strategy!r} answers {score:g} questions right over all quizzes; random "
        f"guessing expects {CHANCE:.2f}: rewrite the choices it exploits")


@pytest.mark.parametrize("strategy", sorted(PICK_SET))
def test_set_strategies_score_at_most_chance(strategy):
    exact, per_statement = score_set(strategy)
    assert exact <= CHANCE, (
        f"the strategy {strategy!r} answers {exact:g} questions right over all quizzes; random "
        f"guessing expects {CHANCE:.2f}")
    assert per_statement <= 0.5, (
        f"the strategy {strategy!r} judges {per_statement:.1%} of the statements right; a coin "
        f"judges 50%: rebalance the statements it exploits (length, hedging, absolutes, position)")


def test_select_questions_have_true_and_false_statements():
    for question in (q for q in QUESTIONS if q.kind == "select"):
        assert len(question.choices) >= 5, (
            f"{question.module} {question.id}: at least 5 statements, so that trying every set "
            f"costs at least 2**5 key derivations")
        assert 0 < len(question.truth) < len(question.choices), (
            f"{question.module} {question.id}: at least one statement must be true and one false")


def test_no_number_answer_appears_in_its_question():
    for question in (q for q in QUESTIONS if q.kind == "number"):
        decimals = importlib.import_module(f"reference.{question.module}.quiz") \
            .QUESTIONS[question.id]["decimals"]
        right = canonical("number", question.answer, decimals=decimals)
        quoted = {canonical("number", float(text.replace(",", "")), decimals=decimals)
                  for text in re.findall(r"\d[\d,]*(?:\.\d+)?", question.text)}
        assert right not in quoted, (
            f"{question.module} {question.id}: the answer is a number printed in the question")


def _reference_texts(folder: str) -> dict[str, str]:
    quiz = importlib.import_module(f"reference.{folder}.quiz")
    return {question.id: canonical(question.kind, question.answer, letters=question.choices,
                                   decimals=quiz.QUESTIONS[question.id].get("decimals", 0))
            for question in QUESTIONS if question.module == folder}


@pytest.mark.parametrize("folder", _quiz_modules())
def test_key_opens_with_the_reference_answers_only(folder):
    """The key is current, as costly per check as SCRYPT, and holds no answer in plain text."""
    key = json.loads(key_path(folder).read_text(encoding="utf-8"))
    texts = _reference_texts(folder)
    assert set(key["questions"]) == set(texts), (
        f"{key_path(folder)} is stale: run uv run python -m kata_framework.quiz {folder}")
    assert key["n"] * key["r"] >= SCRYPT["n"] * SCRYPT["r"], (
        f"{key_path(folder)} uses a cheaper scrypt than SCRYPT")
    assert set(key) == {"salt", "n", "r", "p", "questions", "tag", "explanations"}
    assert all(set(entry) <= {"kind", "decimals"} for entry in key["questions"].values())
    assert open_key(key, texts) is not None, (
        f"{key_path(folder)} does not open with the reference answers: "
        f"run uv run python -m kata_framework.quiz {folder}")
    first = sorted(texts)[0]
    assert open_key(key, {**texts, first: texts[first] + "0"}) is None, (
        "the key must open with the right answers only")


def search_space(folder: str) -> int:
    """A lower bound of the answer combinations a search of one quiz must try.

    A select question of n statements has 2**n - 2 possible answers (at least one true statement
    and one false). For a number the count is generous to the searcher: only the values at the
    stated precision between half and one and a half times the true value's size are counted, as
    if its magnitude were known.
    """
    quiz = importlib.import_module(f"reference.{folder}.quiz")
    total = 1
    for question in (q for q in QUESTIONS if q.module == folder):
        if question.kind == "select":
            total *= 2 ** len(question.choices) - 2
        elif question.kind == "number":
            step = 10.0 ** -quiz.QUESTIONS[question.id]["decimals"]
            total *= max(1, round(abs(float(question.answer)) / step))
        else:
            total *= len(question.choices)
    return total


@pytest.mark.parametrize("folder", _quiz_modules())
def test_searching_a_quiz_costs_far_more_than_answering_it(folder):
    """At about 20 ms per check, a million combinations cost more than five hours of a core."""
    assert search_space(folder) >= 10 ** 6, (
        f"{folder}: searching every answer combination of the quiz takes only "
        f"{search_space(folder):,} checks; add statements or questions")


def table() -> str:
    lines = [f"{len(QUESTIONS)} questions: "
             + ", ".join(f"{sum(q.kind == kind for q in QUESTIONS)} {kind}"
                         for kind in ("select", "number", "one")),
             f"random guessing expects {CHANCE:.3f} questions right; a coin judges 50% of statements"]
    lines += [f"{folder:32} {search_space(folder):.2g} answer combinations to search"
              for folder in _quiz_modules()]
    lines += [f"{name:32} {score_one(name):g} questions" for name in PICK_ONE]
    for name in PICK_SET:
        exact, share = score_set(name)
        lines.append(f"{name:32} {exact:g} questions, {share:.1%} of statements")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())


# --- the checker itself: every correct form accepted, every wrong form named, no answer told ---

SELECT = {"kind": "select", "question": "Which are true?",
          "choices": {letter: f"statement {letter}" for letter in "abcdef"}}
NUMBER = {"kind": "number", "question": "How much? Round the final result to 1 decimal.", "decimals": 1}


class _FakeQuiz:
    """A quiz module as the tests see it: ``katas.module9_demo.quiz``."""

    __name__ = "katas.module9_demo.quiz"
    QUESTIONS = {"pick": SELECT, "value": NUMBER}

    def __init__(self, given):
        self.given = given

    def answers(self):
        return self.given


RIGHT = {"pick": {"b", "e"}, "value": 12.3}


@pytest.fixture(scope="module")
def demo_key():
    from kata_framework.quiz import seal
    return seal(_FakeQuiz.QUESTIONS, {"pick": "select:be", "value": "number:12.3"},
                {"pick": "Because b and e.", "value": "Because 12.3."}, "00" * 16)


def _check(demo_key, given):
    from kata_framework.quiz import check_quiz
    recorded = []
    check_quiz(_FakeQuiz(given), demo_key, lambda name, value: recorded.append(value))
    return recorded


@pytest.mark.parametrize("given", [{"b", "e"}, ["e", "b"], ("b", "e"), frozenset("be"), {"B", " e"}],
                         ids=["set", "list", "tuple", "frozenset", "upper-case-and-space"])
def test_a_set_of_letters_is_accepted_in_any_container_and_case(demo_key, given):
    recorded = _check(demo_key, {**RIGHT, "pick": given})
    assert recorded == ["Which are true? Because b and e.",
                        "How much? Round the final result to 1 decimal. Because 12.3."]


@pytest.mark.parametrize("given", [12.3, 12.34, 12.2500001, 12.349])
def test_a_number_is_rounded_to_the_stated_decimals_before_the_check(demo_key, given):
    assert len(_check(demo_key, {**RIGHT, "value": given})) == 2


@pytest.mark.parametrize("given, expected", [
    ({"pick": "b"}, "answers()['pick'] must be a set of letters"),
    ({"pick": {"b", "z"}}, "answers()['pick'] must be a set of letters"),
    ({"pick": {"b", 1}}, "answers()['pick'] must be a set of letters"),
    ({"value": "12.3"}, "answers()['value'] must be a number (int or float), the final result rounded to 1 decimal"),
    ({"value": True}, "answers()['value'] must be a number"),
    ({"value": float("nan")}, "answers()['value'] must be a number"),
], ids=["one-letter", "unknown-letter", "not-a-letter", "number-as-text", "bool", "nan"])
def test_a_wrong_form_names_the_kata_file_question_and_expected_form(demo_key, given, expected):
    with pytest.raises(AssertionError) as failure:
        _check(demo_key, {**RIGHT, **given})
    message = str(failure.value)
    assert "kata 9.Q (katas/module9_demo/quiz.py)" in message and expected in message


def test_every_missing_and_malformed_answer_is_named_at_once(demo_key):
    with pytest.raises(AssertionError) as failure:
        _check(demo_key, {"value": "12.3"})
    message = str(failure.value)
    assert "question 'pick' has no answer yet" in message
    assert "answers()['value'] must be a number" in message


@pytest.mark.parametrize("given", [
    {"pick": {"b"}}, {"pick": {"b", "e", "f"}}, {"pick": set()}, {"value": 12.25}, {"value": 12.4}],
    ids=["missing-statement", "extra-statement", "empty", "rounds-down-below", "next-step"])
def test_a_wrong_answer_is_refused_without_telling_which_or_the_answer(demo_key, given):
    with pytest.raises(AssertionError) as failure:
        _check(demo_key, {**RIGHT, **given})
    message = str(failure.value)
    assert "not every answer is right yet" in message
    assert "12.3" not in message and "'e'" not in message
    assert "'pick'" not in message and "'value'" not in message, "the message must not single out a question"


def test_minus_zero_and_zero_are_the_same_number():
    assert canonical("number", -0.04, decimals=1) == canonical("number", 0, decimals=1) == "number:0.0"
