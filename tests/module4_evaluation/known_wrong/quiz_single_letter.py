# Known-wrong for kata 4.Q: answers the select question 'precision_or_recall' with one letter, as
# in a single-choice quiz.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['precision_or_recall'] = sorted(given['precision_or_recall'])[0]
    return given
