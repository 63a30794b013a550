# Known-wrong for kata 1.Q: answers the select question 'same_output_twice' with one letter, as in
# a single-choice quiz.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['same_output_twice'] = sorted(given['same_output_twice'])[0]
    return given
