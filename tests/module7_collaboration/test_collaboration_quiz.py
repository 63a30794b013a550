from kata_framework.quiz import check_quiz, load_key
from katas.module7_collaboration import quiz

KEY = load_key("module7_collaboration")


def test_quiz_answers(record_property):
    check_quiz(quiz, KEY, record_property)
