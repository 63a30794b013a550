# Known-wrong for kata 5.Q: answers the select question 'malformed_input' with one letter, as in a
# single-choice quiz.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['malformed_input'] = sorted(given['malformed_input'])[0]
    return given
