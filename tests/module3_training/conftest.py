"""Fixtures for module 3: the legendary prediction task as features and labels."""

from __future__ import annotations

import pytest

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

