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
    another type propagates unchanged (its traceback is the clearest report), and a ``match`` that
    does not fit fails as ``pytest.raises`` does.
    """
    with pytest.raises(expected, match=match) as info:
        try:
            yield info
        except expected:
            raise
        else:
            names = expected.__name__ if isinstance(expected, type) else " or ".join(e.__name__ for e in expected)
            pytest.fail(f"{message} (expected {names}; nothing was raised)", pytrace=False)
