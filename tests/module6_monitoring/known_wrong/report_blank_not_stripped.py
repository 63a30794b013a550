# Known-wrong for kata 6.8: checks for empty texts with `if not text`, so a root cause of three
# spaces passes as written.


def incident_report(facts):
    if facts.resolved_at < facts.detected_at:
        raise ValueError("resolved_at is before detected_at")
    texts = {"Summary": facts.summary, "Impact": facts.impact, "Root cause": facts.root_cause,
             "Resolution": facts.resolution}
    if any(not text for text in texts.values()):
        raise ValueError("a section is blank")
    if not facts.timeline or not facts.action_items:
        raise ValueError("a report needs at least one timeline event and one action item")
    bodies = {**texts,
              "Timeline": "\n".join(f"- {when:%Y-%m-%d %H:%M}: {what}" for when, what in sorted(facts.timeline)),
              "Action items": "\n".join(f"- [ ] {owner}: {task}" for owner, task in facts.action_items)}
    lines = [f"# Incident report: {facts.title}", "",
             f"Severity: {facts.severity} | Duration: {_duration(facts.resolved_at - facts.detected_at)}"]
    for name in REQUIRED_SECTIONS:
        lines += ["", f"## {name}", "", bodies[name].strip()]
    return "\n".join(lines) + "\n"
