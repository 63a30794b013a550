"""Kata 7.1: review pull request #1 (feature engineering) before it is merged.

Read ``pr1_features.py`` as your teammate submitted it: its module docstring is the PR
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
_PR_FILE = "pr1_features.py"


def review_pr1() -> list[Finding]:
    """Return your review of pull request #1: one ``Finding`` per problem.

    Each finding names the file (``"pr1_features.py"``), the line the problem is on in the pull
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
        >>> finding = Finding("pr1_features.py", 12, "style",
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
        Finding(file, _anchor("pooled_frame"), "leakage",
                "Training and test rows are pooled here, so every statistic below sees the test "
                "set. Compute statistics on train only and apply them to test."),
        Finding(file, _anchor("scaling"), "leakage",
                "The scaling mean and standard deviation include the test rows: the test score "
                "is optimistic. Fit them on train (a StandardScaler fit on train does this)."),
        Finding(file, _anchor("target_encoding"), "leakage",
                "The type1 legendary rate is computed from the test labels: this is the target "
                "itself leaking into the features. Learn the rates from training labels only."),
        Finding(file, _anchor("target_proxy"), "leakage",
                "capture_rate is set because a species is legendary (a target proxy); it explains "
                "the jump to 0.98 F1 and will not exist for new cards. Drop it."),
    ]


def _anchor(name: str) -> int:
    """The line of pr1_features.py, as submitted, that the worked finding ``name`` comments on."""
    planted = tomllib.loads(_PLANTED_FAULTS.read_text(encoding="utf-8"))
    return planted[_PR_FILE]["anchors"][name]
