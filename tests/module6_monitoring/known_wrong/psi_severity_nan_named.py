# Known-wrong for kata 6.1: refuses only a negative PSI (`psi < 0`), so NaN slips through the
# check and is named "major".

_correct_severity = psi_severity  # noqa: F821


def psi_severity(psi, *, n_expected=None, n_actual=None, bins=10):
    if psi != psi:
        return "major"
    return _correct_severity(psi, n_expected=n_expected, n_actual=n_actual, bins=bins)
