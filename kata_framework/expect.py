"""Assertions for kata tests that speak to the learner when they fail.

``pytest.raises`` alone reports a missing exception as a bare ``DID NOT RAISE ValueError``, which
says neither which input should have been refused nor where to fix it. :func:`must_raise` adds
that sentence::

    with must_raise(ValueError, "roi (katas/module0_business/roi.py) must refuse a negative build cost"):
        roi(build_cost=-1, ...)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def must_raise(expected: type[BaseException] | tuple[type[BaseException], ...], message: str,
               match: str | None = None) -> Iterator[pytest.ExceptionInfo]:
    """``pytest.raises(expected, match=match)``, failing with ``message`` when nothing is raised.

    ``message`` names the function, its file and the input that must be refused. An exception of
    another type propagates with its traceback, and ``message`` added below it as a note; a
    ``match`` that does not fit fails as ``pytest.raises`` does.
    """
    names = expected.__name__ if isinstance(expected, type) else " or ".join(e.__name__ for e in expected)
    with pytest.raises(expected, match=match) as info:
        try:
            yield info
        except expected:
            raise
        except Exception as other:
            other.add_note(f"{message} (expected {names}, got {type(other).__name__})")
            raise
        else:
            pytest.fail(f"{message} (expected {names}; nothing was raised)", pytrace=False)
