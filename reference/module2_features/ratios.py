"""Kata 2.2: ratio features that never divide by zero."""

from __future__ import annotations

import pandas as pd

#: The ratio features of ``stat_ratios``: name -> (numerator column, denominator column, floor).
#: The floor is in the denominator's unit: stats are whole points (1 is the smallest non-zero
#: value), heights are recorded to 0.1 m.
RATIOS = {
    "power_ratio": ("attack", "defense", 1.0),
    "special_ratio": ("sp_attack", "sp_defense", 1.0),
    "weight_per_height": ("weight_kg", "height_m", 0.1),
}


def safe_ratio(numerator: pd.Series, denominator: pd.Series, floor: float = 1.0) -> pd.Series:
    """Divide two non-negative columns without ever producing inf: an explicit zero guard.

    The ratio is ``numerator / max(denominator, floor)``. ``floor`` is the smallest denominator
    worth dividing by, in the denominator's own unit (1 stat point; 0.1 m for a height recorded
    to a tenth of a metre). So:

    * wherever the denominator is at least ``floor`` the result is the exact ratio, in the
      ratio's real unit, and those rows keep their true order;
    * a denominator below ``floor`` (0 above all) is raised to ``floor``: x / 0 becomes
      x / floor, large but finite, and 0 / 0 becomes 0 ("no strength on either side");
    * the result never falls when the numerator grows and never rises when the denominator grows.

    What the guard gives up: a row whose denominator is below ``floor`` is capped, so it may rank
    below a row it truly exceeds. Additive smoothing, ``x / (d + 1)``, is no substitute: it
    changes every ratio, can reverse the order of two ordinary rows (1/1 > 3/4, but
    1/2 < 3/5) and means something else in every unit (``w / (h + 1)`` with h in metres is not
    weight per height).

    Args:
        numerator: values >= 0 (NaN allowed).
        denominator: values >= 0 (NaN allowed), same index as ``numerator``.
        floor: > 0, in the denominator's unit.

    Returns:
        A float Series with the numerator's index, finite wherever both inputs are present;
        NaN where either input is missing (a missing value is not a zero).

    Raises:
        ValueError: when a present value is negative or ``floor`` is not > 0.

    Example:
        >>> safe_ratio(pd.Series([80, 50, 0, 3]), pd.Series([40, 0, 0, 4])).tolist()
        [2.0, 50.0, 0.0, 0.75]
        >>> safe_ratio(pd.Series([6.0]), pd.Series([0.0]), floor=0.1).tolist()
        [60.0]

    Why it matters: one species with defense 0, or one upstream bug sending zeros, turns a
    plain ``attack / defense`` into inf, and inf poisons means, scalers and most models.
    """
    if not floor > 0:
        raise ValueError(f"floor must be > 0, got {floor}")
    for name, values in (("numerator", numerator), ("denominator", denominator)):
        if (values < 0).any():
            raise ValueError(f"the {name} has negative values: a ratio of counts or stats needs values >= 0")
    # clip keeps NaN as NaN: a missing defense is not a zero defense.
    return numerator.astype("float64") / denominator.astype("float64").clip(lower=floor)


def power_ratio(frame: pd.DataFrame) -> pd.Series:
    """Attack relative to defense: ``safe_ratio(attack, defense)`` (floor 1 point), named ``"power_ratio"``.

    Args:
        frame: has ``attack`` and ``defense`` columns (>= 0). It is not modified.

    Returns:
        A float Series named ``power_ratio`` with the frame's index: attack / defense, and
        attack / 1 where defense is 0.

    Raises:
        ValueError: as ``safe_ratio``.

    Example:
        >>> power_ratio(pd.DataFrame({"attack": [80, 50], "defense": [40, 0]})).tolist()
        [2.0, 50.0]

    Why it matters: glass cannons (high attack, low defense) play differently from tanks; the
    ratio says which one a species is, whatever its overall strength.
    """
    return safe_ratio(frame["attack"], frame["defense"]).rename("power_ratio")


def stat_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    """Every ratio in ``RATIOS``, each ``safe_ratio(numerator, denominator, floor)`` with its own floor.

    Args:
        frame: has the columns named in ``RATIOS`` (>= 0). It is not modified.

    Returns:
        A DataFrame with the frame's index and one float column per entry of ``RATIOS``, in
        that order.

    Raises:
        ValueError: as ``safe_ratio``.

    Example:
        >>> df = pd.DataFrame({"attack": [80], "defense": [40], "sp_attack": [0],
        ...                    "sp_defense": [0], "weight_kg": [6.0], "height_m": [0.5]})
        >>> stat_ratios(df).round(2).to_dict("records")
        [{'power_ratio': 2.0, 'special_ratio': 0.0, 'weight_per_height': 12.0}]

    Why it matters: ratios capture shape (how a species' strength is split) where raw stats
    capture size; models often need both. A floor in the wrong unit (1 m for heights of 0.3 m)
    silently turns weight per height into plain weight.
    """
    return pd.DataFrame({name: safe_ratio(frame[top], frame[bottom], floor)
                         for name, (top, bottom, floor) in RATIOS.items()}, index=frame.index)
