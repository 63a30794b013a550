# Known-wrong for kata 1.Q: right everywhere except one true statement of 'polars_or_pandas' left
# out.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['polars_or_pandas'] = set(sorted(given['polars_or_pandas'])[1:])
    return given
