# Known-wrong for kata 0.Q: prices catches and false alarms but not the missed frauds.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['model_vs_business_metric'] = (160 * 400 - 240 * 50) - (100 * 400 - 25 * 50)
    return given
