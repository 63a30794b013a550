from kata_framework.quiz import check_quiz, load_key
from katas.module4_evaluation import quiz

KEY = load_key("module4_evaluation")


def test_quiz_answers(record_property):
    check_quiz(quiz, KEY, record_property)
