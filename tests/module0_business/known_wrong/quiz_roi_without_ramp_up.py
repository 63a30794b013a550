# Known-wrong for kata 0.Q: takes the full benefit from the first month after go-live (ROI without
# the ramp-up).

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['roi'] = (15 * 15_000 - (60_000 + 15 * 2_000)) / (60_000 + 15 * 2_000) * 100
    return given
