# Known-wrong for kata 0.Q: charges each missed fraud against the model, although it costs the
# same today, so the difference between the candidates counts the extra catches twice.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['model_vs_business_metric'] = (160 * 550 - 240 * 50 - 40 * 550) - (100 * 550 - 25 * 50 - 100 * 550)
    return given
