# Known-wrong for kata 6.2: needs an effect size strictly above min_effect.

_correct_detect_drift = detect_drift  # noqa: F821


def detect_drift(reference, current, columns, alpha=0.05, min_effect=0.0):
    report = _correct_detect_drift(reference, current, columns, alpha, 0.0)
    report["drifted"] = (report["p_value"] < alpha / len(columns)) & (report["effect_size"] > min_effect)
    return report
