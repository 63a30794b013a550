"""Kata 7.2: the review of pull request #2 finds where the test set steers the experiment.

Rules of the docstring, and the test that enforces each:

1. Every finding names the file, a line, a category from ``CATEGORIES`` and a comment of six
   words or more: ``test_findings_are_well_formed``.
2. Every serious problem planted in the PR is found, on its line (one either side is fine) and
   under the right category: ``test_review_finds_the_planted_problem`` (one case per problem).
3. At most two findings point at nothing serious, and a review that flags line after line is
   refused: ``test_review_raises_few_false_alarms``.

Where the problems are is known to these tests only as digests (see module7_review.py).
"""

from __future__ import annotations

import pytest

from katas.module7_collaboration.pr2_review import CATEGORIES, review_pr2

from .module7_review import check_fault_found, check_few_false_alarms, check_well_formed, load_pull_request

PR2 = load_pull_request("review_pr2", "pr2_review.py", "pr2_training.py", nudges={
    "model_choice": "which data decides which candidate wins?",
    "threshold_choice": "which labels choose the decision threshold, and how often is test F1 "
                        "computed?",
    "no_seed": "the description says the chosen model is only 'usually' the same: why?",
})


@pytest.fixture(scope="module")
def findings():
    return review_pr2()


def test_findings_are_well_formed(findings):
    check_well_formed(findings, PR2, CATEGORIES)


@pytest.mark.parametrize("fault", PR2.faults, ids=lambda fault: fault.name)
def test_review_finds_the_planted_problem(findings, fault):
    check_fault_found(findings, PR2, fault)


def test_review_raises_few_false_alarms(findings):
    check_few_false_alarms(findings, PR2)
