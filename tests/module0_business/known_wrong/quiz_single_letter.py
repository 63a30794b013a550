# Known-wrong for kata 0.Q: answers the select question 'rule_instead_of_ml' with one letter, as
# in a single-choice quiz.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['rule_instead_of_ml'] = sorted(given['rule_instead_of_ml'])[0]
    return given
