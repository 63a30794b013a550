"""Fixtures for module 3: the legendary prediction task as features and labels."""

from __future__ import annotations

import pytest
from threadpoolctl import threadpool_limits

from kata_framework import data

#: Numeric features a model may use. Identifiers (pokemon_id, name) carry no signal and
#: capture_rate leaks the target (it is set because a species is legendary), so both stay out.
FEATURES = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "generation",
            "height_m", "weight_kg"]


def _task():
    frame = data.pokemon()
    return frame[FEATURES].copy(), frame["is_legendary"].astype(int).to_numpy()


@pytest.fixture
def legendary_task():
    """(X, y): the numeric features as a DataFrame and is_legendary as 0/1 integers (8% ones)."""
    return _task()


@pytest.fixture(scope="module")
def shared_legendary_task():
    """The same (X, y) for module-scoped fixtures that fit models once; do not modify it."""
    return _task()


@pytest.fixture(scope="module", autouse=True)
def one_thread_per_numeric_library():
    """Run this module's fits with one BLAS/OpenMP thread.

    On a shared two-core machine, libraries that start a thread per core fight every other
    process for those cores: a logistic regression then fits about six times slower and its
    timings swing wildly. One thread is faster here and keeps the latency tests steady.
    """
    with threadpool_limits(1):
        yield
