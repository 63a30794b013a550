# Known-wrong for kata 6.8: happily renders a report with no action items (an empty section),
# so the postmortem changes nothing.
import dataclasses

_reference_report = incident_report


def incident_report(facts):
    if facts.action_items:
        return _reference_report(facts)
    placeholder = dataclasses.replace(facts, action_items=[("nobody", "nothing")])
    return _reference_report(placeholder).replace("- [ ] nobody: nothing", "")

