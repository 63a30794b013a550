"""Kata 7.1: the review of pull request #1 finds its leaks, on the right lines, without noise."""

from __future__ import annotations

import pytest
from .module7_review import (PlantedFault, PullRequestUnderReview, check_fault_found,
                            check_few_false_alarms, check_well_formed)

from katas.module7_collaboration.pr1_review import CATEGORIES, review_pr1

LEAKAGE = frozenset({"leakage"})
PR1 = PullRequestUnderReview(
    function="review_pr1", kata_file="pr1_review.py", pr_file="pr1_features.py",
    faults=(
        PlantedFault("scaling", 57, 65, LEAKAGE,
                     "which rows do the means and standard deviations come from?"),
        PlantedFault("target_encoding", 67, 68, LEAKAGE,
                     "which labels does the per-type legendary rate learn from?"),
        PlantedFault("target_proxy", 70, 70, LEAKAGE,
                     "is every column available before we know whether a species is legendary?"),
    ),
    # The description's untested, too-good result; splitting back by position after concat.
    minor_lines=frozenset({14, 17, 72, 73, 74}),
)


@pytest.fixture(scope="module")
def findings():
    return review_pr1()


def test_findings_are_well_formed(findings):
    check_well_formed(findings, PR1, CATEGORIES)


@pytest.mark.parametrize("fault", PR1.faults, ids=lambda fault: fault.name)
def test_review_finds_the_planted_leak(findings, fault):
    check_fault_found(findings, PR1, fault)


def test_review_raises_few_false_alarms(findings):
    check_few_false_alarms(findings, PR1)
