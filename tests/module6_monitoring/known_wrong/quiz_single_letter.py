# Known-wrong for kata 6.Q: answers the select question 'accuracy_drop_first_step' with one
# letter, as in a single-choice quiz.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['accuracy_drop_first_step'] = sorted(given['accuracy_drop_first_step'])[0]
    return given
