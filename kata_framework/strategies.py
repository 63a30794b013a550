"""Hypothesis strategies shared by the modules' property tests.

They produce the edge cases the course cares about: empty and one-row frames, NaN in numeric
columns, unicode names, duplicate rows, zero denominators, one-class labels and extremes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import strategies as st

TYPES = ("Water", "Normal", "Grass", "Bug", "Psychic", "Fire", "Electric", "Rock", "Dragon",
         "Ground", "Ghost", "Dark", "Poison", "Steel", "Fighting", "Ice", "Fairy", "Flying")
STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")

#: Names a pipeline must carry through unchanged.
unicode_names = st.one_of(
    st.sampled_from(["Flabébé", "Nidoran♀", "Nidoran♂", "Farfetch’d", "Mr. Mime", "Type: Null",
                     "Ho-Oh", "ポケモン", "Ñandú"]),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), min_size=1, max_size=12),
)

#: A base stat as the games allow it (1–255).
stat_values = st.integers(min_value=1, max_value=255)

#: Non-negative numbers including zero and huge values (for ratio guards).
non_negative = st.one_of(st.just(0.0), st.floats(min_value=0, max_value=1e12,
                                                 allow_nan=False, allow_infinity=False))


@st.composite
def pokemon_frames(draw, *, min_rows: int = 0, max_rows: int = 12, nan_stats: bool = False,
                   duplicates: bool = True) -> pd.DataFrame:
    """Small frames shaped like the clean Pokémon table.

    With ``nan_stats`` some stat cells are NaN (the stat columns are then float). With
    ``duplicates`` some rows may repeat exactly (same id included).
    """
    n = draw(st.integers(min_rows, max_rows))
    rows = []
    for i in range(n):
        stats = {c: draw(stat_values) for c in STAT_COLUMNS}
        if nan_stats:
            for column in STAT_COLUMNS:
                if draw(st.booleans()) and draw(st.booleans()):
                    stats[column] = float("nan")
        rows.append({
            "pokemon_id": i + 1,
            "name": draw(unicode_names),
            "type1": draw(st.sampled_from(TYPES)),
            "type2": draw(st.one_of(st.none(), st.sampled_from(TYPES))),
            **stats,
            "generation": draw(st.integers(1, 8)),
            "is_legendary": draw(st.booleans()),
        })
    if duplicates and rows and draw(st.booleans()):
        rows.append(dict(rows[draw(st.integers(0, len(rows) - 1))]))
    frame = pd.DataFrame(rows, columns=["pokemon_id", "name", "type1", "type2", *STAT_COLUMNS,
                                        "generation", "is_legendary"])
    frame["type2"] = frame["type2"].astype("string")
    if not nan_stats:
        frame[list(STAT_COLUMNS)] = frame[list(STAT_COLUMNS)].astype("int64")
    return frame


@st.composite
def binary_labels(draw, *, min_size: int = 1, max_size: int = 60) -> np.ndarray:
    """0/1 label arrays, one-class arrays included."""
    return np.array(draw(st.lists(st.integers(0, 1), min_size=min_size, max_size=max_size)), dtype=int)


@st.composite
def labels_and_predictions(draw, *, min_size: int = 1, max_size: int = 60):
    """A pair (y_true, y_pred) of equal-length 0/1 arrays; either may hold one class only."""
    n = draw(st.integers(min_size, max_size))
    y_true = draw(binary_labels(min_size=n, max_size=n))
    y_pred = draw(binary_labels(min_size=n, max_size=n))
    return y_true, y_pred


@st.composite
def labels_and_scores(draw, *, min_size: int = 1, max_size: int = 60):
    """A pair (y_true, scores): 0/1 labels and probabilities in [0, 1], ties likely."""
    n = draw(st.integers(min_size, max_size))
    y_true = draw(binary_labels(min_size=n, max_size=n))
    grid = st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0])
    scores = draw(st.lists(st.one_of(grid, st.floats(0, 1)), min_size=n, max_size=n))
    return y_true, np.array(scores, dtype=float)
