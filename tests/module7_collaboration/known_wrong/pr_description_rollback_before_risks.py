# Known-wrong for kata 7.4: writes the rollback plan first and the risks after it, so the
# section no longer ends with the way back.

_reference_write = write_pr_description


def write_pr_description(facts):
    text = _reference_write(facts)
    risks = "".join(f"- {risk}\n" for risk in facts.risks)
    rollback = f"Rollback: {facts.rollback}\n"
    return text.replace(risks + rollback, rollback + risks)
