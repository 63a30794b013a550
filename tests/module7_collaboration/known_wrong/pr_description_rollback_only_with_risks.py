# Known-wrong for kata 7.4: the rollback plan is written only when there are risks to roll back from.

_reference_write = write_pr_description


def write_pr_description(facts):
    text = _reference_write(facts)
    if not facts.risks:
        text = text.replace(f"Rollback: {facts.rollback}\n", "")
    return text
