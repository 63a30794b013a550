"""Kata 7.3: the review of pull request #3 finds the unvalidated inputs of the service.

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

from katas.module7_collaboration.pr3_review import CATEGORIES, review_pr3

from .module7_review import check_fault_found, check_few_false_alarms, check_well_formed, load_pull_request

PR3 = load_pull_request("review_pr3", "pr3_review.py", "pr3_service.py", nudges={
    "bare_dict_body": "what does /predict do with a missing field, a text value or hp = -5?",
    "unbounded_batch": "how large may a batch be, and what checks its items?",
    "made_up_predictions": "what does a client get back for a batch item that cannot be scored?",
})


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
