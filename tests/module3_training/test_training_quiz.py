import pytest

from kata_framework.quiz import check_answer, load_key
from katas.module3_training import quiz

KEY = load_key("module3_training")


@pytest.mark.parametrize("question_id", sorted(KEY))
def test_quiz_answer(question_id, record_property):
    check_answer(quiz, KEY, question_id, record_property)
