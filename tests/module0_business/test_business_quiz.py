from kata_framework.quiz import check_quiz, load_key
from katas.module0_business import quiz

KEY = load_key("module0_business")


def test_quiz_answers(record_property):
    check_quiz(quiz, KEY, record_property)
