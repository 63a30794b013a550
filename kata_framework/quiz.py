"""Quizzes: the course's Socratic questions as multiple choice, graded without giving answers away.

A module's quiz kata is ``katas/<module>/quiz.py``: a ``QUESTIONS`` dict (id -> question text and
lettered choices) and an ``answers()`` function the learner makes return ``{id: letter}``.
The tests hold only a sealed key, ``tests/<module>/quiz_key.json``: for each question a salted
SHA-256 of the right letter, and the explanation encrypted with a key derived from that letter,
so the explanation can be shown only to someone who answered right.

Maintainers write the right letters and explanations in the reference quiz (``answers()`` and a
private ``_EXPLANATIONS`` dict) and regenerate the key::

    uv run python -m kata_framework.quiz module1_data
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import json
import sys
from pathlib import Path

from .catalog import ROOT, TESTS_DIR


def _digest(salt: str, question_id: str, letter: str) -> str:
    return hashlib.sha256(f"{salt}:{question_id}:{letter.strip().lower()}".encode()).hexdigest()


def _keystream(seed: str, length: int) -> bytes:
    blocks = []
    counter = 0
    while sum(map(len, blocks)) < length:
        blocks.append(hashlib.sha256(f"{seed}:{counter}".encode()).digest())
        counter += 1
    return b"".join(blocks)[:length]


def seal(question_id: str, letter: str, explanation: str, salt: str) -> dict[str, str]:
    """The sealed key entry for one question."""
    text = explanation.encode("utf-8")
    stream = _keystream(_digest(salt, question_id, letter) + ":explanation", len(text))
    return {
        "salt": salt,
        "answer_sha256": _digest(salt, question_id, letter),
        "explanation": base64.b64encode(bytes(a ^ b for a, b in zip(text, stream))).decode(),
    }


def is_correct(entry: dict[str, str], question_id: str, letter: object) -> bool:
    return isinstance(letter, str) and _digest(entry["salt"], question_id, letter) == entry["answer_sha256"]


def explanation(entry: dict[str, str], question_id: str, letter: str) -> str:
    """The explanation, readable only with the right letter."""
    data = base64.b64decode(entry["explanation"])
    stream = _keystream(_digest(entry["salt"], question_id, letter) + ":explanation", len(data))
    return bytes(a ^ b for a, b in zip(data, stream)).decode("utf-8")


def key_path(module_folder: str) -> Path:
    return TESTS_DIR / module_folder / "quiz_key.json"


def load_key(module_folder: str) -> dict[str, dict[str, str]]:
    return json.loads(key_path(module_folder).read_text(encoding="utf-8"))


def write_key(module_folder: str) -> Path:
    """Seal the reference quiz's answers and explanations into the module's key file."""
    sys.path.insert(0, str(ROOT))
    reference = importlib.import_module(f"reference.{module_folder}.quiz")
    answers = reference.answers()
    explanations = reference._EXPLANATIONS
    missing = set(reference.QUESTIONS) ^ set(answers) | set(answers) ^ set(explanations)
    if missing:
        raise SystemExit(f"questions, answers and explanations disagree on: {sorted(missing)}")
    key = {
        qid: seal(qid, answers[qid], explanations[qid],
                  salt=hashlib.sha256(f"{module_folder}:{qid}".encode()).hexdigest()[:16])
        for qid in reference.QUESTIONS
    }
    path = key_path(module_folder)
    path.write_text(json.dumps(key, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    for folder in sys.argv[1:]:
        print(write_key(folder))


def check_answer(quiz_module, key: dict[str, dict[str, str]], question_id: str,
                 record_property) -> None:
    """The body of every quiz test: one question, graded against the sealed key.

    On a right answer the explanation is recorded (the plugin prints it at the end of the run).
    """
    answers = quiz_module.answers()
    questions = quiz_module.QUESTIONS
    assert question_id in questions, (
        f"quiz.py lost question {question_id!r}: restore QUESTIONS from the repository")
    question = questions[question_id]
    letter = answers.get(question_id) if isinstance(answers, dict) else None
    choices = sorted(question["choices"])
    assert letter in question["choices"], (
        f"quiz question {question_id!r} has no answer yet: make answers() map it to one of "
        f"{choices} ({question['question']})")
    assert is_correct(key[question_id], question_id, letter), (
        f"quiz question {question_id!r}: {letter!r} is not the best answer. "
        f"Reread the question and the lesson, then try another choice ({question['question']})")
    record_property("explanation", f"{question['question']} {explanation(key[question_id], question_id, letter)}")
