# Known-wrong for kata 4.Q: right everywhere except one true statement of 'unfair_to_group' left
# out.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['unfair_to_group'] = set(sorted(given['unfair_to_group'])[1:])
    return given
