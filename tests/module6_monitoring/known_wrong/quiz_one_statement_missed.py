# Known-wrong for kata 6.Q: right everywhere except one true statement of 'data_vs_concept_drift'
# left out.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    given['data_vs_concept_drift'] = set(sorted(given['data_vs_concept_drift'])[1:])
    return given
