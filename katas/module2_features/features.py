"""Kata 2.3: five (or more) engineered features, each with its justification."""

from __future__ import annotations

import pandas as pd

from .ratios import safe_ratio  # your kata 2.2: reuse it for every division

#: Columns a feature may be built from. Not the target (is_legendary), not capture_rate (it is
#: set because a species is legendary), not the identifiers (pokemon_id, name).
ALLOWED_INPUTS = ["type1", "type2", "hp", "attack", "defense", "sp_attack", "sp_defense", "speed",
                  "generation", "height_m", "weight_kg"]


def engineer_features(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` with at least five new numeric feature columns.

    Rules every feature must follow:

    * built only from ``ALLOWED_INPUTS``: never the target, capture_rate or an identifier;
    * computed from its own row only: no means, ranks or scalings over the frame (those are
      fitted on training rows, in a pipeline);
    * numeric (int, float or bool), finite and never NaN whenever the stats, height and weight
      are present and >= 0: also for defense 0, height 0 or a missing type2;
    * not constant on the Pokémon data and not a copy of an existing column.

    The result keeps every original column unchanged, the rows, their order and the index.
    Which features you build is yours; name them in ``feature_justifications``.

    Args:
        frame: rows shaped like the Pokémon table (any number of rows, also none). It is not
            modified.

    Returns:
        A new DataFrame: the original columns, then the new ones.

    Example:
        >>> row = pd.DataFrame({"type1": ["Fire"], "type2": [None], "hp": [39], "attack": [52],
        ...     "defense": [43], "sp_attack": [60], "sp_defense": [50], "speed": [65],
        ...     "generation": [1], "height_m": [0.6], "weight_kg": [8.5]})
        >>> new = engineer_features(row).columns.difference(row.columns)
        >>> len(new) >= 5
        True

    Why it matters: good features beat fancy algorithms, and features that break a rule above
    give scores that collapse in production (leaks) or crash on the first odd row.
    """
    raise NotImplementedError("kata 2.3: implement engineer_features")


def feature_justifications() -> dict[str, str]:
    """Say why each new column of ``engineer_features`` should help, in words a stakeholder follows.

    Returns:
        One entry per new column, exactly: ``{column name: justification}``; each
        justification is a sentence of at least six words.

    Example:
        >>> "total_stats" in feature_justifications()  # one possible feature; yours may differ
        True

    Why it matters: a feature you cannot justify is one you cannot defend when it misbehaves,
    and a stakeholder who understands the features trusts the model.
    """
    raise NotImplementedError("kata 2.3: implement feature_justifications")
