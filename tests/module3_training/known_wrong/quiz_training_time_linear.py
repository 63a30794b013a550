# Known-wrong for kata 3.Q: extrapolates the fit time linearly in the rows.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['eight_hour_training'] = 480 * (160_000 / 40_000) / 60
    return given
