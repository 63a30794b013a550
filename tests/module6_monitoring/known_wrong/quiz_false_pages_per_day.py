# Known-wrong for kata 6.Q: counts the false pages of one day instead of a week.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['alert_every_violation'] = 6 * 24 * 0.01
    return given
