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
def run_in_fresh_processes(request):
    """Run Python ``code`` in new interpreters, one per ``PYTHONHASHSEED``, and return their stdout.

    Each process imports the same implementation as this test run (the learner's code, the
    worked solutions, or an overlay), so ``code`` may ``import katas...`` as a test does.
    """
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    impl = request.config.getoption("impl") or os.environ.get("KATA_IMPL") or "katas"
    overlays = request.config.getoption("kata_overlays") or "{}"
    root = Path(__file__).resolve().parents[2]

    def run(code: str, hash_seeds: tuple[str, ...] = ("1", "2")) -> list[str]:
        processes = [subprocess.Popen(
            [sys.executable, "-c", _FRESH_PROCESS_BOOTSTRAP + code, impl, overlays],
            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONHASHSEED": seed}) for seed in hash_seeds]
        outputs = []
        for process in processes:
            out, err = process.communicate(timeout=60)
            if process.returncode != 0:
                pytest.fail(f"a fresh Python process failed:\n{err[-2000:]}", pytrace=False)
            outputs.append(out)
        return outputs

    return run
