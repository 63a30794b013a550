# Known-wrong for kata 7.Q: right everywhere except one true statement of 'models_in_git' left
# out.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['models_in_git'] = set(sorted(given['models_in_git'])[1:])
    return given
