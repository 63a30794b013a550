"""Kata 2.2: ratio features that never divide by zero."""

from __future__ import annotations

import pandas as pd

#: The ratio features of ``stat_ratios``: name -> (numerator column, denominator column).
RATIOS = {
    "power_ratio": ("attack", "defense"),
    "special_ratio": ("sp_attack", "sp_defense"),
    "weight_per_height": ("weight_kg", "height_m"),
}


def safe_ratio(numerator: pd.Series, denominator: pd.Series, smoothing: float = 1.0) -> pd.Series:
    """Divide two non-negative columns without ever producing inf.

    The ratio is ``numerator / (denominator + smoothing)`` (additive smoothing). Our choice for
    a zero denominator follows from it: x / 0 becomes x / smoothing, a large but finite value,
    and 0 / 0 becomes 0 ("no strength on either side"). Smoothing keeps the order of ratios:
    more numerator never lowers the ratio, more denominator never raises it.

    Args:
        numerator: values >= 0 (NaN allowed).
        denominator: values >= 0 (NaN allowed), same index as ``numerator``.
        smoothing: > 0, added to every denominator.

    Returns:
        A float Series with the numerator's index, finite wherever both inputs are present;
        NaN where either input is missing (a missing value is not a zero).

    Raises:
        ValueError: when a present value is negative or smoothing is not > 0.

    Example:
        >>> safe_ratio(pd.Series([80, 50, 0]), pd.Series([39, 0, 0])).tolist()
        [2.0, 50.0, 0.0]

    Why it matters: one species with defense 0, or one upstream bug sending zeros, turns a
    plain ``attack / defense`` into inf, and inf poisons means, scalers and most models.
    """
    raise NotImplementedError("kata 2.2: implement safe_ratio")


def power_ratio(frame: pd.DataFrame) -> pd.Series:
    """Attack relative to defense: ``safe_ratio(attack, defense)``, named ``"power_ratio"``.

    Args:
        frame: has ``attack`` and ``defense`` columns (>= 0). It is not modified.

    Returns:
        A float Series named ``power_ratio`` with the frame's index, finite for every
        non-negative input, defense 0 included.

    Raises:
        ValueError: as ``safe_ratio``.

    Example:
        >>> power_ratio(pd.DataFrame({"attack": [80, 50], "defense": [39, 0]})).tolist()
        [2.0, 50.0]

    Why it matters: glass cannons (high attack, low defense) play differently from tanks; the
    ratio says which one a species is, whatever its overall strength.
    """
    raise NotImplementedError("kata 2.2: implement power_ratio")


def stat_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    """Every ratio in ``RATIOS``, each computed with ``safe_ratio``.

    Args:
        frame: has the columns named in ``RATIOS`` (>= 0). It is not modified.

    Returns:
        A DataFrame with the frame's index and one float column per entry of ``RATIOS``, in
        that order.

    Raises:
        ValueError: as ``safe_ratio``.

    Example:
        >>> df = pd.DataFrame({"attack": [80], "defense": [39], "sp_attack": [0],
        ...                    "sp_defense": [0], "weight_kg": [6.0], "height_m": [0.5]})
        >>> stat_ratios(df).round(2).to_dict("records")
        [{'power_ratio': 2.0, 'special_ratio': 0.0, 'weight_per_height': 4.0}]

    Why it matters: ratios capture shape (how a species' strength is split) where raw stats
    capture size; models often need both.
    """
    raise NotImplementedError("kata 2.2: implement stat_ratios")
