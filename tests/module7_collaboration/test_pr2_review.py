"""Kata 7.2: the review of pull request #2 finds where the test set steers the experiment."""

from __future__ import annotations

import pytest
from .module7_review import (PlantedFault, PullRequestUnderReview, check_fault_found,
                            check_few_false_alarms, check_well_formed)

from katas.module7_collaboration.pr2_review import CATEGORIES, review_pr2

PEEKING = frozenset({"test-set-peeking"})
PR2 = PullRequestUnderReview(
    function="review_pr2", kata_file="pr2_review.py", pr_file="pr2_training.py",
    faults=(
        PlantedFault("model_choice", 88, 92, PEEKING,
                     "which data decides which candidate wins?"),
        PlantedFault("threshold_choice", 94, 99, PEEKING,
                     "which labels choose the decision threshold, and how often is test F1 "
                     "computed?", elsewhere=frozenset({101})),  # returns the best of 17 test F1s
        PlantedFault("no_seed", 55, 56, frozenset({"reproducibility"}),
                     "the description says the chosen model is only 'usually' the same: why?"),
    ),
    # The description's claims and thin testing; reading the test set up front.
    minor_lines=frozenset({13, 16, 84, 85}),
)


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
