# Known-wrong for kata 0.Q: right everywhere except one true statement of 'realistic_expectations'
# left out.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['realistic_expectations'] = set(sorted(given['realistic_expectations'])[1:])
    return given
