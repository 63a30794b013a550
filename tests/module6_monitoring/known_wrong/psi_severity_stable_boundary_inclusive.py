# Known-wrong for kata 6.1: "stable" up to and including 0.1 (+ noise), so a PSI of exactly 0.1
# reads stable although the spec names it moderate.

_correct_severity = psi_severity  # noqa: F821


def psi_severity(psi, *, n_expected=None, n_actual=None, bins=10):
    name = _correct_severity(psi, n_expected=n_expected, n_actual=n_actual, bins=bins)
    noise = 0.0 if n_expected is None else (bins - 1) * (1 / n_expected + 1 / n_actual)
    return "stable" if psi == 0.1 + noise else name
