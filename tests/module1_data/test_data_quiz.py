from kata_framework.quiz import check_quiz, load_key
from katas.module1_data import quiz

KEY = load_key("module1_data")


def test_quiz_answers(record_property):
    check_quiz(quiz, KEY, record_property)
