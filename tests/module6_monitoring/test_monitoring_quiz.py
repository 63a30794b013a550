from kata_framework.quiz import check_quiz, load_key
from katas.module6_monitoring import quiz

KEY = load_key("module6_monitoring")


def test_quiz_answers(record_property):
    check_quiz(quiz, KEY, record_property)
