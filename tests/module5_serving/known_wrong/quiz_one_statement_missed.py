# Known-wrong for kata 5.Q: right everywhere except one true statement of 'stale_training_data'
# left out.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['stale_training_data'] = set(sorted(given['stale_training_data'])[1:])
    return given
