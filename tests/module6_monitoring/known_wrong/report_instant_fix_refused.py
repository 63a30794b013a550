# Known-wrong for kata 6.8: refuses resolved_at == detected_at (`<=`), although an incident fixed
# the minute it was detected is valid and lasts "0 min".

_correct_report = incident_report


def incident_report(facts):
    if facts.resolved_at <= facts.detected_at:
        raise ValueError("resolved_at must be after detected_at")
    return _correct_report(facts)
