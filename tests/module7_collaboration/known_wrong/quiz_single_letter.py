# Known-wrong for kata 7.Q: answers the select question 'what_to_commit' with one letter, as in a
# single-choice quiz.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['what_to_commit'] = sorted(given['what_to_commit'])[0]
    return given
