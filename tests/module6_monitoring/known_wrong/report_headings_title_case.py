# Known-wrong for kata 6.8: writes the headings in title case ("Root Cause", "Action Items")
# instead of the names in REQUIRED_SECTIONS.

_correct_report = incident_report


def incident_report(facts):
    report = _correct_report(facts)
    for name in REQUIRED_SECTIONS:
        report = report.replace(f"## {name}\n", f"## {name.title()}\n")
    return report
