# Known-wrong for kata 7.4: "tidies" every text by collapsing its whitespace, so a summary's
# line breaks and paragraphs are lost: the texts must be copied unchanged.

_write_tidy_description = write_pr_description


def _tidy(text):
    return " ".join(text.split())


def write_pr_description(facts):
    tidied = ChangeFacts(
        _tidy(facts.title), _tidy(facts.summary), _tidy(facts.motivation),
        [_tidy(item) for item in facts.changes], facts.metrics,
        [_tidy(item) for item in facts.testing], [_tidy(item) for item in facts.risks],
        _tidy(facts.rollback))
    return _write_tidy_description(tidied)
