# Known-wrong for kata 3.Q: answers the select question 'validation_90_test_70' with one letter,
# as in a single-choice quiz.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['validation_90_test_70'] = sorted(given['validation_90_test_70'])[0]
    return given
