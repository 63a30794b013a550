# Known-wrong for kata 6.1: one sample size without the other is silently ignored (fixed
# thresholds) instead of refused.

_correct_severity = psi_severity  # noqa: F821


def psi_severity(psi, *, n_expected=None, n_actual=None, bins=10):
    if n_expected is None or n_actual is None:
        return _correct_severity(psi, bins=bins)
    return _correct_severity(psi, n_expected=n_expected, n_actual=n_actual, bins=bins)
