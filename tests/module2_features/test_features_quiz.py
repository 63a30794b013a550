from kata_framework.quiz import check_quiz, load_key
from katas.module2_features import quiz

KEY = load_key("module2_features")


def test_quiz_answers(record_property):
    check_quiz(quiz, KEY, record_property)
