from kata_framework.quiz import check_quiz, load_key
from katas.module5_serving import quiz

KEY = load_key("module5_serving")


def test_quiz_answers(record_property):
    check_quiz(quiz, KEY, record_property)
