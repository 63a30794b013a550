# Known-wrong for kata 6.1: moves only the stable threshold up by the noise level; the major
# threshold stays at 0.25, so a small window's moderate reading is called major.


def psi_severity(psi, *, n_expected=None, n_actual=None, bins=10):
    if not psi >= 0:
        raise ValueError(f"PSI must be a number >= 0, got {psi}")
    if bins < 2:
        raise ValueError(f"bins must be at least 2, got {bins}")
    if (n_expected is None) != (n_actual is None):
        raise ValueError("give both sample sizes or neither")
    noise = 0.0
    if n_expected is not None:
        if n_expected < 1 or n_actual < 1:
            raise ValueError("sample sizes must be at least 1")
        noise = (bins - 1) * (1 / n_expected + 1 / n_actual)
    if psi < 0.1 + noise:
        return "stable"
    return "moderate" if psi < 0.25 else "major"
