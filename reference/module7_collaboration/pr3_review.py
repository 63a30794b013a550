"""Kata 7.3: review pull request #3 (deployment) before it is merged.

Read ``pr3_service.py`` as your teammate submitted it: its module docstring is the PR
description, the code below it is the change. Record what you would block the merge for.
"""

from __future__ import annotations

from typing import NamedTuple


class Finding(NamedTuple):
    """One review comment, anchored to a line of the pull request as submitted."""

    file: str
    line: int
    category: str
    comment: str


#: The kinds of problem a finding can report:
#: leakage: a feature or statistic learns from rows or columns it must not see (test rows,
#:     the target or a proxy of it);
#: test-set-peeking: the test set influences a choice (model, hyperparameter, threshold) or is
#:     scored more than once;
#: missing-validation: input is trusted without checking its shape, types or ranges;
#: reproducibility: two runs on the same data can give different results;
#: correctness: the code computes or returns something other than it claims;
#: performance and style: slow, or hard to read and maintain.
CATEGORIES = ("leakage", "test-set-peeking", "missing-validation", "reproducibility",
              "correctness", "performance", "style")

# Maintainers: where the planted faults are in the pull request as shipped (first and last line,
# accepted categories, other lines a reviewer may rightly anchor a fault to). The tests hold
# only digests of these; after editing pr3_service.py, move the spans and rewrite the digests
# (see tests/module7_collaboration/module7_review.py).
_PLANTED = {
    "pr_file": "pr3_service.py",
    "faults": {
        "bare_dict_body": {"first": 76, "last": 77, "categories": ["missing-validation"]},
        # line 30: MAX_BATCH, defined and never used
        "unbounded_batch": {"first": 81, "last": 81, "categories": ["missing-validation"],
                            "elsewhere": [30]},
        "made_up_predictions": {"first": 84, "last": 87,
                                "categories": ["missing-validation", "correctness"]},
    },
    # The description's curl-only testing; math.exp can overflow for absurd stats.
    "minor_lines": [17, 35, 36],
}


def review_pr3() -> list[Finding]:
    """Return your review of pull request #3: one ``Finding`` per problem.

    Each finding names the file (``"pr3_service.py"``), the line the problem is on in the pull
    request *as submitted* (review it before you fix it; git history keeps the original), a
    category from ``CATEGORIES``, and a comment (six words or more) that says what is wrong,
    why it matters and what to do instead.

    The tests check that every serious problem planted in the PR is found, on the right line
    (a line or so either side is fine) and under the right category, and that you raise at
    most two findings that point at nothing wrong: a review that flags every line is noise,
    and teammates learn to ignore it. Minor problems that are real are not held against you
    whether you raise them or not.

    Returns:
        The findings, in any order.

    Example:
        >>> finding = Finding("pr3_service.py", 12, "style",
        ...                   "Module-wide constants read better in capitals, like STATS.")
        >>> finding.category in CATEGORIES
        True

    Why it matters: a review is the last cheap moment to stop a leaky or fragile change; once
    it is merged, the wrong number is in a slide deck and the model is in production.
    """
    # The planted problems, each with the what, the why and the way out, as a teammate
    # would want to read them.
    file = "pr3_service.py"
    return [
        Finding(file, 76, "missing-validation",
                "The body is a bare dict: a missing field, text or a negative stat crashes into "
                "a 500 or gives a garbage prediction. Declare a pydantic model with 1-255 ranges."),
        Finding(file, 81, "missing-validation",
                "The batch has no size limit (MAX_BATCH is never used) and its items are not "
                "validated: one huge request can take the service down. Bound it to 1-MAX_BATCH."),
        Finding(file, 86, "correctness",
                "Catching every exception and answering probability 0.0 invents predictions for "
                "bad input, silently. Refuse the request with 422 instead."),
    ]
