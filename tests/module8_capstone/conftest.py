"""Shared settings for the capstone's tests."""

from __future__ import annotations

import pytest
from threadpoolctl import threadpool_limits


@pytest.fixture(scope="module", autouse=True)
def one_thread_per_numeric_library():
    """Fit and predict with one BLAS/OpenMP thread.

    On a shared two-core machine a library that starts one thread per core competes with every
    other process for those cores; a single thread is faster there and keeps timings steady.
    """
    with threadpool_limits(1):
        yield
