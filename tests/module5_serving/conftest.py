"""Module 5 fixtures: the served model, trained once per run, the species as request bodies, and
fresh Python processes for reproducibility checks."""

from __future__ import annotations

import copy

import pytest
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from kata_framework import data

STAT_COLUMNS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
FEATURE_COLUMNS = ["type1", *STAT_COLUMNS]


def build_pipeline():
    """The module's model, exactly as kata 5.2's docstring describes it (unfitted)."""
    return Pipeline([
        ("prepare", ColumnTransformer([
            ("stats", StandardScaler(), STAT_COLUMNS),
            ("type", OneHotEncoder(handle_unknown="ignore"), ["type1"]),
        ])),
        ("classifier", LogisticRegression(max_iter=1000)),
    ])


@pytest.fixture(scope="session")
def _fitted_pipeline():
    pokemon = data.pokemon()
    return build_pipeline().fit(pokemon[FEATURE_COLUMNS], pokemon["is_legendary"])


@pytest.fixture
def fitted_pipeline(_fitted_pipeline):
    """A private copy of the fitted legendary classifier (type1 + six stats)."""
    return copy.deepcopy(_fitted_pipeline)


@pytest.fixture(scope="session")
def feature_rows():
    """Every species of the clean table as a request body: type1 and the six stats."""
    pokemon = data.pokemon()
    return [{"type1": row["type1"], **{c: int(row[c]) for c in STAT_COLUMNS}}
            for row in pokemon[FEATURE_COLUMNS].to_dict("records")]


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

    Built-in ``hash()`` of text is salted per process: this test process has its own salt
    (random, or its ``PYTHONHASHSEED``), and the new process gets another seed, so a result
    built on ``hash()`` differs between the two. The new process imports the same
    implementation as this test run (the learner's code, the worked solutions, or an overlay),
    so ``code`` may ``import katas...`` as a test does. Returns its stdout.
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
