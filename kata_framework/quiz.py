"""Quizzes: the course's Socratic questions, graded without giving the answers away.

A module's quiz kata is ``katas/<module>/quiz.py``: a ``QUESTIONS`` dict and an ``answers()``
function the learner makes return one answer per question id. A question has a ``kind``:

* ``"select"``: lettered statements (``choices``); the answer is the set of letters of every
  true statement, e.g. ``{"a", "d"}`` (at least one is true, never all of them);
* ``"number"``: a value the learner computes from the scenario in the question; the answer is a
  number, compared after rounding to the question's ``decimals`` (the question says so);
* ``"one"``: one letter among ``choices``.

The tests hold only a sealed key, ``tests/<module>/quiz_key.json``. For each question it stores a
salt and the scrypt parameters, a tag derived with scrypt from the canonical form of the right
answer (the sorted letters; the number rounded to its decimals), and the explanation encrypted
with a key derived in the same scrypt call, so the explanation can be read only with the right
answer. One scrypt call costs tens of milliseconds: checking an answer is quick, while trying
every answer of a question costs that much per candidate (``2**n`` letter sets of ``n``
statements, every value of a numeric range).

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

SCRYPT = {"n": 2**12, "r": 20, "p": 1}  # 10 MiB and about 20 ms per answer on a laptop core
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


def _derive(entry: dict, question_id: str, canonical_answer: str) -> bytes:
    return hashlib.scrypt(f"{question_id}\n{canonical_answer}".encode(),
                          salt=bytes.fromhex(entry["salt"]), n=entry["n"], r=entry["r"],
                          p=entry["p"], maxmem=_MAXMEM, dklen=64)


def _xor(data: bytes, secret: bytes) -> bytes:
    stream = b"".join(hashlib.sha256(secret + counter.to_bytes(4, "big")).digest()
                      for counter in range(len(data) // 32 + 1))
    return bytes(a ^ b for a, b in zip(data, stream))


def seal(question_id: str, question: dict, canonical_answer: str, explanation_text: str,
         salt: str) -> dict:
    """The sealed key entry for one question."""
    entry: dict = {"kind": kind_of(question), "salt": salt, **SCRYPT}
    if entry["kind"] == "number":
        entry["decimals"] = question["decimals"]
    derived = _derive(entry, question_id, canonical_answer)
    entry["tag"] = derived[:32].hex()
    entry["explanation"] = base64.b64encode(_xor(explanation_text.encode(), derived[32:])).decode()
    return entry


def canonical_for(entry: dict, question: dict, answer: object) -> str | None:
    return canonical(entry["kind"], answer, letters=question.get("choices", {}),
                     decimals=entry.get("decimals", 0))


def open_entry(entry: dict, question_id: str, canonical_answer: str) -> str | None:
    """The explanation when ``canonical_answer`` is right, else None (one scrypt call)."""
    derived = _derive(entry, question_id, canonical_answer)
    if not hmac.compare_digest(derived[:32].hex(), entry["tag"]):
        return None
    return _xor(base64.b64decode(entry["explanation"]), derived[32:]).decode("utf-8")


def key_path(module_folder: str) -> Path:
    return TESTS_DIR / module_folder / "quiz_key.json"


def load_key(module_folder: str) -> dict[str, dict]:
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
    key = {}
    for qid, question in reference.QUESTIONS.items():
        text = _check_reference_answer(qid, question, answers[qid])
        salt = hashlib.sha256(f"quiz:{module_folder}:{qid}".encode()).hexdigest()[:32]
        key[qid] = seal(qid, question, text, explanations[qid], salt)
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


def check_answer(quiz_module, key: dict[str, dict], question_id: str, record_property) -> None:
    """The body of every quiz test: one question, graded against the sealed key.

    On a right answer the explanation is recorded (the plugin prints it at the end of the run).
    """
    folder = quiz_module.__name__.split(".")[1]
    where = f"kata {folder.removeprefix('module').split('_')[0]}.Q (katas/{folder}/quiz.py)"
    questions = quiz_module.QUESTIONS
    assert question_id in questions, (
        f"{where} lost question {question_id!r}: restore QUESTIONS from the repository")
    question, entry = questions[question_id], key[question_id]
    answers = quiz_module.answers()
    assert isinstance(answers, dict), f"{where}: answers() must return a dict {{question id: answer}}"
    assert question_id in answers, (
        f"{where}: question {question_id!r} has no answer yet; {expected_form(question_id, question, entry)}")
    text = canonical_for(entry, question, answers[question_id])
    assert text is not None, (
        f"{where}: {expected_form(question_id, question, entry)}, not {answers[question_id]!r}")
    opened = open_entry(entry, question_id, text)
    assert opened is not None, (
        f"{where}: the answer to {question_id!r} is not right. Reread the question and the "
        f"lesson, work it out again, then change answers()[{question_id!r}] "
        f"({question['question'][:120]})")
    record_property("explanation", f"{question['question']} {opened}")


if __name__ == "__main__":
    for folder in sys.argv[1:]:
        print(write_key(folder))
