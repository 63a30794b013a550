# Known-wrong for kata 4.Q: counts every error of the spam filter as a false alarm.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['spam_95_accurate'] = 2000 * 0.05
    return given
