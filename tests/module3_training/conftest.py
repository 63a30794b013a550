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



_FRESH_PROCESS_BOOTSTRAP = """
import json, sys
from pathlib import Path
from kata_framework import implementations
impl, overlays = sys.argv[1], json.loads(sys.argv[2])
implementations.activate(impl, {name: Path(path) for name, path in overlays.items()})
"""


@pytest.fixture
def run_in_fresh_process(request):
    """Run Python ``code`` in a new interpreter whose ``PYTHONHASHSEED`` differs from this one's.

    The new process imports the same implementation as this test run (the learner's code, the
    worked solutions, or an overlay), so ``code`` may ``import katas...``. Returns its stdout.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    impl = request.config.getoption("impl") or os.environ.get("KATA_IMPL") or "katas"
    overlays = request.config.getoption("kata_overlays") or "{}"
    root = Path(__file__).resolve().parents[2]
    own_seed = os.environ.get("PYTHONHASHSEED", "random")
    other_seed = str(int(own_seed) + 1) if own_seed.isdigit() else "1"

    def run(code: str) -> str:
        done = subprocess.run([sys.executable, "-c", _FRESH_PROCESS_BOOTSTRAP + code, impl, overlays],
                              cwd=root, capture_output=True, text=True, timeout=60,
                              env={**os.environ, "PYTHONHASHSEED": other_seed})
        if done.returncode != 0:
            pytest.fail(f"a fresh Python process failed:\n{done.stderr[-2000:]}", pytrace=False)
        return done.stdout

    return run
