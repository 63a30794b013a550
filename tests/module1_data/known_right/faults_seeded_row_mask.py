# Known-right for kata 1.3: breaks a row drawn by a seeded generator through a boolean mask, with
# a stat of 256 and the type 'Cosmic'; the duplicate goes right after its original.
import numpy as np
import pandas as pd


def _pick(frame: pd.DataFrame):
    if len(frame.index) < 1:
        raise ValueError("frame has no rows")
    rng = np.random.default_rng(42)
    position = int(rng.integers(len(frame)))
    mask = np.zeros(len(frame), dtype=bool)
    mask[position] = True
    return frame.copy(), mask, position


def out_of_range_stat(frame: pd.DataFrame) -> pd.DataFrame:
    broken, mask, _ = _pick(frame)
    broken.loc[mask, "defense"] = 256
    return broken


def unknown_type(frame: pd.DataFrame) -> pd.DataFrame:
    broken, mask, _ = _pick(frame)
    broken.loc[mask, "type1"] = "Cosmic"
    return broken


def duplicate_id(frame: pd.DataFrame) -> pd.DataFrame:
    broken, _, position = _pick(frame)
    return pd.concat([broken.iloc[:position + 1], broken.iloc[[position]], broken.iloc[position + 1:]])


def missing_name(frame: pd.DataFrame) -> pd.DataFrame:
    broken, mask, _ = _pick(frame)
    broken.loc[mask, "name"] = None
    return broken


def type2_same_as_type1(frame: pd.DataFrame) -> pd.DataFrame:
    broken, mask, _ = _pick(frame)
    broken.loc[mask, "type2"] = broken.loc[mask, "type1"]
    return broken
