from kata_framework.quiz import check_quiz, load_key
from katas.module3_training import quiz

KEY = load_key("module3_training")


def test_quiz_answers(record_property):
    check_quiz(quiz, KEY, record_property)
