# Known-wrong for kata 6.8: sorts the caller's timeline list in place.

_correct_report = incident_report  # noqa: F821


def incident_report(facts):
    facts.timeline.sort(key=lambda event: event[0])
    return _correct_report(facts)
