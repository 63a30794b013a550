# Known-wrong for kata 6.2: alarms on the p-value alone and ignores min_effect, so a huge batch
# alarms on a shift nobody would act on.

_correct_detect_drift = detect_drift  # noqa: F821


def detect_drift(reference, current, columns, alpha=0.05, min_effect=0.0):
    report = _correct_detect_drift(reference, current, columns, alpha, 0.0)
    report["drifted"] = report["p_value"] < alpha / len(columns)
    return report
