"""Quizzes: the course's Socratic questions, graded without giving the answers away.

A module's quiz kata is ``katas/<module>/quiz.py``: a ``QUESTIONS`` dict and an ``answers()``
function the learner makes return one answer per question id. A question has a ``kind``:

* ``"select"``: lettered statements (``choices``); the answer is the set of letters of every
  true statement, e.g. ``{"a", "d"}`` (at least one is true, never all of them);
* ``"number"``: a value the learner computes from the scenario in the question; the answer is a
  number, compared after rounding to the question's ``decimals`` (the question says so);
* ``"one"``: one letter among ``choices``.

The tests hold only a sealed key, ``tests/<module>/quiz_key.json``, and the quiz is graded as a
whole: right when every answer is right. The key stores a salt, the scrypt parameters, each
question's kind (and decimals), a tag derived with scrypt from the canonical form of all the
right answers together (the sorted letters; the number rounded to its decimals), and the
explanations encrypted with a key derived in the same scrypt call, so they can be read only with
every answer right.

Why a whole quiz: a check that says which question is wrong is an oracle, and a select question
of six statements has only 62 possible answers, so trying them all one question at a time takes
about a second. Sealed together, the answers of a quiz must be searched together: the product of
every question's candidates (62 * 62 * ... and every value of each number's range), which costs
hours of scrypt calls, far more than answering the questions. A red quiz test still names every
answer whose form is wrong (a number given as text, a letter that is not a choice, a missing
question); it never says which well-formed answer is wrong.

Maintainers write the answers and explanations in the reference quiz (``answers()`` and a private
``_EXPLANATIONS`` dict; a numeric answer computed exactly, unrounded) and regenerate the key::

    uv run python -m kata_framework.quiz module1_data
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import math
import sys
from collections.abc import Iterable
from pathlib import Path

from .catalog import ROOT, TESTS_DIR

SCRYPT = {"n": 2**12, "r": 20, "p": 1}  # 10 MiB and about 20 ms per check on a laptop core
_MAXMEM = 64 * 1024 * 1024
KINDS = ("select", "number", "one")


def kind_of(question: dict) -> str:
    return question.get("kind", "one")


def canonical(kind: str, answer: object, *, letters: Iterable[str] = (),
              decimals: int = 0) -> str | None:
    """The canonical text of an answer, or None when the answer has the wrong type.

    ``select``: a set (or list/tuple) of letters among ``letters`` -> the sorted letters;
    ``number``: an int or float -> the value rounded to ``decimals``, fixed-point text;
    ``one``: one letter among ``letters``.
    """
    letters = set(letters)
    if kind == "select":
        if not isinstance(answer, (set, frozenset, list, tuple)):
            return None
        if not all(isinstance(item, str) for item in answer):
            return None
        picked = {item.strip().lower() for item in answer}
        if not picked <= letters:
            return None
        return "select:" + "".join(sorted(picked))
    if kind == "number":
        if isinstance(answer, bool) or not isinstance(answer, (int, float)):
            return None
        value = float(answer)
        if not math.isfinite(value):
            return None
        return "number:" + f"{round(value, decimals) + 0.0:.{decimals}f}"  # + 0.0 turns -0.0 into 0.0
    if kind == "one":
        if not isinstance(answer, str) or answer.strip().lower() not in letters:
            return None
        return "one:" + answer.strip().lower()
    raise ValueError(f"unknown question kind {kind!r}; expected one of {KINDS}")


def _joint(canonical_answers: dict[str, str]) -> str:
    """All answers of a quiz as one text, in question-id order."""
    return "\n".join(f"{qid}={text}" for qid, text in sorted(canonical_answers.items()))


def _derive(key: dict, canonical_answers: dict[str, str]) -> bytes:
    return hashlib.scrypt(_joint(canonical_answers).encode(), salt=bytes.fromhex(key["salt"]),
                          n=key["n"], r=key["r"], p=key["p"], maxmem=_MAXMEM, dklen=64)


def _xor(data: bytes, secret: bytes) -> bytes:
    stream = b"".join(hashlib.sha256(secret + counter.to_bytes(4, "big")).digest()
                      for counter in range(len(data) // 32 + 1))
    return bytes(a ^ b for a, b in zip(data, stream))


def seal(questions: dict[str, dict], canonical_answers: dict[str, str],
         explanations: dict[str, str], salt: str) -> dict:
    """The sealed key of a whole quiz."""
    if set(questions) != set(canonical_answers) or set(questions) != set(explanations):
        raise ValueError("questions, answers and explanations must name the same question ids")
    key: dict = {"salt": salt, **SCRYPT, "questions": {}}
    for qid, question in questions.items():
        entry = {"kind": kind_of(question)}
        if entry["kind"] == "number":
            entry["decimals"] = question["decimals"]
        key["questions"][qid] = entry
    derived = _derive(key, canonical_answers)
    key["tag"] = derived[:32].hex()
    sealed = json.dumps(explanations, sort_keys=True).encode()
    key["explanations"] = base64.b64encode(_xor(sealed, derived[32:])).decode()
    return key


def canonical_for(entry: dict, question: dict, answer: object) -> str | None:
    return canonical(entry["kind"], answer, letters=question.get("choices", {}),
                     decimals=entry.get("decimals", 0))


def open_key(key: dict, canonical_answers: dict[str, str]) -> dict[str, str] | None:
    """The explanations when every answer is right, else None (one scrypt call)."""
    if set(canonical_answers) != set(key["questions"]):
        return None
    derived = _derive(key, canonical_answers)
    if not hmac.compare_digest(derived[:32].hex(), key["tag"]):
        return None
    return json.loads(_xor(base64.b64decode(key["explanations"]), derived[32:]).decode("utf-8"))


def key_path(module_folder: str) -> Path:
    return TESTS_DIR / module_folder / "quiz_key.json"


def load_key(module_folder: str) -> dict:
    return json.loads(key_path(module_folder).read_text(encoding="utf-8"))


def _check_reference_answer(question_id: str, question: dict, answer: object) -> str:
    kind = kind_of(question)
    letters = question.get("choices", {})
    text = canonical(kind, answer, letters=letters, decimals=question.get("decimals", 0))
    if text is None:
        raise SystemExit(f"{question_id}: the reference answer {answer!r} is not a valid {kind} answer")
    if kind == "select" and not 0 < len(text) - len("select:") < len(letters):
        raise SystemExit(f"{question_id}: at least one statement must be true and at least one false")
    if kind == "number":
        scaled = float(answer) * 10 ** question["decimals"]
        if abs(scaled - math.floor(scaled) - 0.5) < 0.1:
            raise SystemExit(f"{question_id}: {answer!r} lies too close to a rounding boundary at "
                             f"{question['decimals']} decimals; change the scenario")
    return text


def write_key(module_folder: str) -> Path:
    """Seal the reference quiz's answers and explanations into the module's key file."""
    sys.path.insert(0, str(ROOT))
    reference = importlib.import_module(f"reference.{module_folder}.quiz")
    answers = reference.answers()
    explanations = reference._EXPLANATIONS
    missing = set(reference.QUESTIONS) ^ set(answers) | set(answers) ^ set(explanations)
    if missing:
        raise SystemExit(f"questions, answers and explanations disagree on: {sorted(missing)}")
    texts = {qid: _check_reference_answer(qid, question, answers[qid])
             for qid, question in reference.QUESTIONS.items()}
    salt = hashlib.sha256(f"quiz:{module_folder}".encode()).hexdigest()[:32]
    key = seal(reference.QUESTIONS, texts, explanations, salt)
    path = key_path(module_folder)
    path.write_text(json.dumps(key, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def expected_form(question_id: str, question: dict, entry: dict) -> str:
    """What kind of answer a question takes, in one sentence (never the answer)."""
    if entry["kind"] == "select":
        letters = ", ".join(sorted(question.get("choices", {})))
        return (f"answers()[{question_id!r}] must be a set of letters such as {{'b', 'd'}}: "
                f"every true statement among {letters}")
    if entry["kind"] == "number":
        decimals = entry.get("decimals", 0)
        places = "a whole number" if decimals == 0 else f"{decimals} decimal place{'s' * (decimals > 1)}"
        return (f"answers()[{question_id!r}] must be a number (int or float), the final result "
                f"rounded to {places}")
    return f"answers()[{question_id!r}] must be one letter among {sorted(question.get('choices', {}))}"


def _form_problems(questions: dict, key: dict, answers: dict) -> tuple[dict[str, str], list[str]]:
    """The canonical answers, and one sentence per question whose answer is missing or malformed."""
    texts, problems = {}, []
    for qid, entry in sorted(key["questions"].items()):
        if qid not in questions:
            problems.append(f"question {qid!r} is gone from QUESTIONS: restore QUESTIONS from the "
                            "repository")
            continue
        if qid not in answers:
            problems.append(f"question {qid!r} has no answer yet; "
                            f"{expected_form(qid, questions[qid], entry)}")
            continue
        text = canonical_for(entry, questions[qid], answers[qid])
        if text is None:
            problems.append(f"{expected_form(qid, questions[qid], entry)}, not {answers[qid]!r}")
        else:
            texts[qid] = text
    return texts, problems


def check_quiz(quiz_module, key: dict, record_property) -> None:
    """The body of every quiz test: all of a module's answers, graded together against the key.

    Every missing or malformed answer is named; a well-formed wrong answer is not singled out.
    When all are right, the explanations are recorded (the plugin prints them at the end).
    """
    folder = quiz_module.__name__.split(".")[1]
    where = f"kata {folder.removeprefix('module').split('_')[0]}.Q (katas/{folder}/quiz.py)"
    answers = quiz_module.answers()
    assert isinstance(answers, dict), f"{where}: answers() must return a dict {{question id: answer}}"
    texts, problems = _form_problems(quiz_module.QUESTIONS, key, answers)
    assert not problems, f"{where}:\n  " + "\n  ".join(problems)
    opened = open_key(key, texts)
    assert opened is not None, (
        f"{where}: not every answer is right yet. The quiz is graded as a whole, so no answer can "
        f"be found by trying the questions one at a time: go through each question again with the "
        f"lesson open. For a select question judge every statement on its own and keep every true "
        f"one and only those; for a number, redo the computation and round only the final result.")
    for qid in sorted(opened):
        record_property("explanation", f"{quiz_module.QUESTIONS[qid]['question']} {opened[qid]}")


if __name__ == "__main__":
    for folder in sys.argv[1:]:
        print(write_key(folder))
