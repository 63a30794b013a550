# Known-wrong for kata 6.1: the fixed 0.1 / 0.25 thresholds whatever the sample sizes, so a 50-row
# window without drift reads "moderate".


def psi_severity(psi, *, n_expected=None, n_actual=None, bins=10):
    if not psi >= 0:
        raise ValueError(f"PSI must be a number >= 0, got {psi}")
    if bins < 2 or (n_expected is None) != (n_actual is None):
        raise ValueError("bad arguments")
    if n_expected is not None and (n_expected < 1 or n_actual < 1):
        raise ValueError("sample sizes must be at least 1")
    if psi < 0.1:
        return "stable"
    return "moderate" if psi < 0.25 else "major"
