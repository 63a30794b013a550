"""Kata 7.1: the review of pull request #1 finds its leaks, on the right lines, without noise.

Rules of the docstring, and the test that enforces each:

1. Every finding names the file, a line, a category from ``CATEGORIES`` and a comment of six
   words or more: ``test_findings_are_well_formed``.
2. Every serious problem planted in the PR is found, on its line (one either side is fine) and
   under the right category: ``test_review_finds_the_planted_leak`` (one case per problem).
3. At most two findings point at nothing serious, and a review that flags line after line is
   refused: ``test_review_raises_few_false_alarms``.

Where the problems are is known to these tests only as digests (see module7_review.py).
"""

from __future__ import annotations

import pytest

from katas.module7_collaboration.pr1_review import CATEGORIES, review_pr1

from .module7_review import check_fault_found, check_few_false_alarms, check_well_formed, load_pull_request

PR1 = load_pull_request("review_pr1", "pr1_review.py", "pr1_features.py", nudges={
    "scaling": "which rows do the means and standard deviations come from?",
    "target_encoding": "which labels does the per-type legendary rate learn from?",
    "target_proxy": "is every column available before we know whether a species is legendary?",
})


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
