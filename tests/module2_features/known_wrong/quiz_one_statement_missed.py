# Known-wrong for kata 2.Q: right everywhere except one true statement of 'fit_scaler_on_train'
# left out.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['fit_scaler_on_train'] = set(sorted(given['fit_scaler_on_train'])[1:])
    return given
