"""Kata 1.4: refactor a messy loader into a pure, reproducible function.

The code below works on a first run over clean data, and that is how it got merged. Refactor
it until it does what its docstring says on every run: the tests show what is wrong with it.
"""

from __future__ import annotations

import pandas as pd

STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")

_seen_ids = set()  # "so we never train on the same Pokémon twice"


def prepare_pokemon(frame: pd.DataFrame, sample_size: int | None = None, seed: int = 0) -> pd.DataFrame:
    """Clean a Pokémon table for training: deduplicate, fill missing stats, add their total.

    The intended behaviour, step by step:

    1. drop exact duplicate rows (all columns equal; keep the first);
    2. fill missing values in each of the six stats (``STAT_COLUMNS``) with that column's
       median over the deduplicated rows (a column with no values at all stays missing);
    3. add ``total_stats``, the sum of the six stats (missing if a stat is still missing);
    4. if ``sample_size`` is given, keep ``sample_size`` rows drawn at random without
       replacement, reproducibly from ``seed`` (all rows when ``sample_size`` >= the row count;
       no rows for 0);
    5. sort by ``pokemon_id`` (stable: ties keep their order) with a fresh index 0..n-1.

    The six stats and ``total_stats`` come back as ``float64`` (a median need not be whole);
    every other column keeps its values and dtype.

    Args:
        frame: a table with at least ``pokemon_id`` and the six stats; any number of rows
            (zero included). It is never modified.
        sample_size: how many rows to keep, or ``None`` for all of them.
        seed: the random seed for the sample. Same inputs, same seed: same output, always.

    Returns:
        A new DataFrame: the input's columns in their order, then ``total_stats``.

    Example:
        Rows ``(id 1, hp 40)``, ``(id 2, hp NaN)``, ``(id 3, hp 60)`` (other stats 50) give hp
        ``40.0, 50.0, 60.0`` and total_stats ``290.0, 300.0, 310.0``.

    Why it matters: a pipeline that edits its input, remembers earlier calls or draws
    unseeded random numbers gives a different training set on every run, and no experiment
    built on it can be reproduced or trusted.

    A caution about step 2: filling with a median here is fine for exploring, but before
    training it computes the median over rows that will later be test rows, and it erases
    the fact that a value was missing. In a model, impute inside the pipeline instead
    (``SimpleImputer(strategy="median", add_indicator=True)``, fitted on training rows only),
    so the median comes from training data and a missing-value flag keeps the information.
    """
    df = frame
    for c in STAT_COLUMNS:
        df[c] = df[c].fillna(df[c].median())
    df["total_stats"] = df["hp"] + df["attack"] + df["defense"] + df["sp_attack"] + df["sp_defense"] + df["speed"]
    rows = []
    for _, row in df.iterrows():
        if row["pokemon_id"] in _seen_ids:
            continue
        _seen_ids.add(row["pokemon_id"])
        rows.append(row)
    df2 = pd.DataFrame(rows)
    if sample_size:
        df2 = df2.sample(sample_size)
    return df2.sort_values("pokemon_id")
