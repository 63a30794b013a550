# Known-wrong for kata 6.2: compares every p-value with alpha itself; eight tests per batch
# then raise false alarms on stable batches.
_reference_detect_drift = detect_drift


def detect_drift(reference, current, columns, alpha=0.05):
    report = _reference_detect_drift(reference, current, columns, alpha)
    report["drifted"] = report["p_value"] < alpha
    return report
