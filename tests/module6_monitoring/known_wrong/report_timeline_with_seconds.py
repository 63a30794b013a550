# Known-wrong for kata 6.8: writes the timeline's times with seconds (YYYY-MM-DD HH:MM:SS) instead
# of the spec's YYYY-MM-DD HH:MM.

_correct_report = incident_report


def incident_report(facts):
    report = _correct_report(facts)
    for when, _ in facts.timeline:
        report = report.replace(f"- {when:%Y-%m-%d %H:%M}: ", f"- {when:%Y-%m-%d %H:%M:%S}: ")
    return report
