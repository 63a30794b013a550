"""Kata 7.3: the review of pull request #3 finds the unvalidated inputs of the service."""

from __future__ import annotations

import pytest
from .module7_review import (PlantedFault, PullRequestUnderReview, check_fault_found,
                            check_few_false_alarms, check_well_formed)

from katas.module7_collaboration.pr3_review import CATEGORIES, review_pr3

VALIDATION = frozenset({"missing-validation"})
PR3 = PullRequestUnderReview(
    function="review_pr3", kata_file="pr3_review.py", pr_file="pr3_service.py",
    faults=(
        PlantedFault("bare_dict_body", 76, 77, VALIDATION,
                     "what does /predict do with a missing field, a text value or hp = -5?"),
        PlantedFault("unbounded_batch", 81, 81, VALIDATION,
                     "how large may a batch be, and what checks its items?",
                     elsewhere=frozenset({30})),  # MAX_BATCH, defined and never used
        PlantedFault("made_up_predictions", 84, 87, VALIDATION | {"correctness"},
                     "what does a client get back for a batch item that cannot be scored?"),
    ),
    # The description's curl-only testing; math.exp can overflow for absurd stats.
    minor_lines=frozenset({17, 35, 36}),
)


@pytest.fixture(scope="module")
def findings():
    return review_pr3()


def test_findings_are_well_formed(findings):
    check_well_formed(findings, PR3, CATEGORIES)


@pytest.mark.parametrize("fault", PR3.faults, ids=lambda fault: fault.name)
def test_review_finds_the_planted_problem(findings, fault):
    check_fault_found(findings, PR3, fault)


def test_review_raises_few_false_alarms(findings):
    check_few_false_alarms(findings, PR3)
