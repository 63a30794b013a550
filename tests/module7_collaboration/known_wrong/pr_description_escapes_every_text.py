# Known-wrong for kata 7.4: escapes '|' in every text, not only in the metric names of the
# results table, so a summary or a change that mentions "a | b" reads "a \| b".

_reference_write = write_pr_description


def write_pr_description(facts):
    text = _reference_write(facts)
    for original in (facts.summary, facts.motivation, *facts.changes, *facts.testing):
        text = text.replace(original, original.replace("|", "\\|"))
    return text
