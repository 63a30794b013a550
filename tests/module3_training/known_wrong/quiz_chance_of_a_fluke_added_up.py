# Known-wrong for kata 3.Q: adds the 30 chances of a fluke instead of multiplying the chances of
# none.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['tune_on_test'] = 30 * 0.05
    return given
