# Known-right for kata 6.8: a layout the spec leaves open: no blank line between the title and
# the severity line, none after each heading, and one blank line before each heading.


def incident_report(facts):
    if facts.resolved_at < facts.detected_at:
        raise ValueError("resolved_at is before detected_at")
    texts = {"Summary": facts.summary, "Impact": facts.impact, "Root cause": facts.root_cause,
             "Resolution": facts.resolution}
    blank = [name for name, text in texts.items() if not text.strip()]
    if blank:
        raise ValueError(f"these sections are blank: {blank}")
    if not facts.timeline or not facts.action_items:
        raise ValueError("a report needs at least one timeline event and one action item")
    bodies = {**texts,
              "Timeline": "\n".join(f"- {when:%Y-%m-%d %H:%M}: {what}"
                                    for when, what in sorted(facts.timeline, key=lambda event: event[0])),
              "Action items": "\n".join(f"- [ ] {owner}: {task}" for owner, task in facts.action_items)}
    minutes = int((facts.resolved_at - facts.detected_at).total_seconds() // 60)
    duration = f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"
    out = [f"# Incident report: {facts.title}", f"Severity: {facts.severity} | Duration: {duration}"]
    for name in REQUIRED_SECTIONS:
        out += ["", f"## {name}", bodies[name].strip()]
    return "\n".join(out)
