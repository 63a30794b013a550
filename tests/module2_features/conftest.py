"""Module 2 test setup: a property test whose code loops forever must fail once, not hang.

pytest-timeout interrupts a test once. Hypothesis then replays the failing example to report
it, and that replay, with no timer left, would loop forever. The fixture below remembers the
timeout and makes every later call of the same test body fail at once with it.
"""

from __future__ import annotations

import functools

import pytest


def _fail_fast_after_timeout(inner):
    timeouts: list[BaseException] = []

    @functools.wraps(inner)
    def guarded(*args, **kwargs):
        if timeouts:
            raise timeouts[0]
        try:
            return inner(*args, **kwargs)
        except pytest.fail.Exception as error:
            if "Timeout" in str(error):
                timeouts.append(error)
            raise

    guarded.unguarded = inner
    return guarded


@pytest.fixture(autouse=True)
def _property_tests_stop_after_a_timeout(request):
    handle = getattr(request.function, "hypothesis", None)
    if handle is not None:
        original = getattr(handle.inner_test, "unguarded", handle.inner_test)
        handle.inner_test = _fail_fast_after_timeout(original)
    yield
