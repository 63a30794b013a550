# Known-wrong for kata 8.7: a PSI exactly at a threshold stays at the level below ("above", not
# "at or above").
_reference_drift_report = drift_report


def drift_report(reference, current, columns, warning=0.1, critical=0.25):
    report = _reference_drift_report(reference, current, columns, warning, critical)
    level = np.where(report["psi"] > critical, "critical", np.where(report["psi"] > warning, "warning", "ok"))
    return report.assign(level=level)
