# Known-wrong for kata 3.Q: right everywhere except one true statement of 'logistic_over_xgboost'
# left out.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['logistic_over_xgboost'] = set(sorted(given['logistic_over_xgboost'])[1:])
    return given
