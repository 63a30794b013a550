# Known-right for kata 7.4: numbers with five significant digits (scientific notation for large
# ones), a blank line between every line of the description, the verdict from the change's size
# relative to its spread.
import math as _math


def _num(x):
    return f"{x:.5g}"


def _check(facts):
    for label, text in (("summary", facts.summary), ("motivation", facts.motivation),
                        ("rollback plan", facts.rollback)):
        if not text or not text.strip():
            raise ValueError(f"the {label} is empty")
    if not facts.changes or not facts.metrics or not facts.testing:
        raise ValueError("changes, metrics and testing notes are all required")
    for m in facts.metrics:
        if m.spread is None or not _math.isfinite(m.spread) or m.spread < 0:
            raise ValueError(f"metric {m.name}: spread missing, negative or not finite")


def _row(m):
    change = m.candidate - m.baseline
    if abs(change) > m.spread:
        verdict = "(better)" if (change > 0) == m.higher_is_better else "(worse)"
    else:
        verdict = "(within noise)"
    sign = "+" if change >= 0 else "-"
    name = m.name.replace("|", "\\|")
    return (f"| {name} | {_num(m.baseline)} | {_num(m.candidate)} | "
            f"{sign}{_num(abs(change))} ± {_num(m.spread)} {verdict} |")


def write_pr_description(facts):
    _check(facts)
    lines = [f"# {facts.title}", "## Summary", facts.summary, "## Motivation", facts.motivation,
             "## Changes", *[f"- {c}" for c in facts.changes],
             "## Results", "| Metric | Baseline | This PR | Change |", "|---|---|---|---|",
             *[_row(m) for m in facts.metrics],
             "## Testing", *[f"- {t}" for t in facts.testing],
             "## Risks and rollback", *[f"- {r}" for r in facts.risks],
             f"Rollback: {facts.rollback}"]
    return "\n\n".join(lines) + "\n"
