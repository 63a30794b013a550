"""Module 5 fixtures: the served model, trained once per run, and the species as request bodies."""

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
