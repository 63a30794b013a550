# Known-right for kata 6.8: written into a StringIO, hours and minutes from the seconds, the
# times from isoformat, a blank line before every heading.

import io


def incident_report(facts):
    if facts.resolved_at < facts.detected_at:
        raise ValueError("resolved before detected")
    for text in (facts.summary, facts.impact, facts.root_cause, facts.resolution):
        if text.strip() == "":
            raise ValueError("a section is blank")
    if not facts.timeline:
        raise ValueError("no timeline event")
    if not facts.action_items:
        raise ValueError("no action item")
    seconds = (facts.resolved_at - facts.detected_at).total_seconds()
    hours, minutes = int(seconds // 3600), int(seconds % 3600 // 60)
    buf = io.StringIO()
    buf.write(f"# Incident report: {facts.title}\n\n")
    buf.write(f"Severity: {facts.severity} | Duration: "
              + (f"{hours} h {minutes} min" if hours > 0 else f"{minutes} min") + "\n")
    texts = {"Summary": facts.summary, "Impact": facts.impact, "Root cause": facts.root_cause,
             "Resolution": facts.resolution}
    for name in REQUIRED_SECTIONS:
        buf.write(f"\n## {name}\n\n")
        if name == "Timeline":
            for when, what in sorted(facts.timeline, key=lambda event: event[0]):
                buf.write("- " + when.isoformat(sep=" ", timespec="minutes") + f": {what}\n")
        elif name == "Action items":
            for owner, task in facts.action_items:
                buf.write(f"- [ ] {owner}: {task}\n")
        else:
            buf.write(texts[name].rstrip() + "\n")
    return buf.getvalue()
