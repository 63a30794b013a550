# Known-wrong for kata 2.Q: answers the select question 'correlated_hp_defense' with one letter,
# as in a single-choice quiz.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['correlated_hp_defense'] = sorted(given['correlated_hp_defense'])[0]
    return given
