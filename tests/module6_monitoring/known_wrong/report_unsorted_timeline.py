# Known-wrong for kata 6.8: writes the timeline in the order the facts arrived.
_reference_report = incident_report


def incident_report(facts):
    report = _reference_report(facts)
    wanted = "\n".join(f"- {when:%Y-%m-%d %H:%M}: {what}" for when, what in facts.timeline)
    ordered = "\n".join(f"- {when:%Y-%m-%d %H:%M}: {what}"
                        for when, what in sorted(facts.timeline, key=lambda e: e[0]))
    return report.replace(ordered, wanted)
