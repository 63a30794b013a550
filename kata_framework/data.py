"""Test access to the generated datasets: generated on first use, read once, handed out as copies.

Every function returns a fresh copy, so a kata that mutates its input cannot poison the next test.
Paths and constants of the generator (drifted columns, unrepairable ids) come from
``data/generate_dataset.py`` itself, the single source of truth.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from .catalog import ROOT

DATA_DIR = ROOT / "data" / "generated"  # the generator's DEFAULT_DIR


def data_dir() -> Path:
    """The folder holding the generated files, generating them if missing."""
    return _ensure()


@cache
def _ensure() -> Path:
    from data import generate_dataset as generator  # imported late: it needs numpy and pandas

    return generator.ensure_generated(DATA_DIR)


@cache
def _read(relative: str, parse_dates: tuple[str, ...] = ()):
    import pandas as pd

    return pd.read_csv(_ensure() / relative, parse_dates=list(parse_dates) or None)


def read_csv(relative: str, parse_dates: tuple[str, ...] = ()):
    """A copy of ``data/generated/<relative>`` as a DataFrame."""
    return _read(relative, tuple(parse_dates)).copy(deep=True)


def pokemon():
    """The clean Pokémon table (800 rows, ``is_legendary`` the rare target)."""
    return read_csv("pokemon.csv")


def raw_pokemon_path() -> Path:
    """Path of the messy export that module 1 standardises."""
    return _ensure() / "raw" / "pokemon_raw.csv"


def card_sales():
    """The capstone's card sales, with ``sale_date`` and ``set_release_date`` parsed."""
    return read_csv("cards/card_sales.csv", ("sale_date", "set_release_date"))


def production_batch(name: str):
    """``reference`` or ``batch_01`` … ``batch_06``, with ``timestamp`` parsed."""
    return read_csv(f"production/{name}.csv", ("timestamp",))


def incident(name: str):
    """An incident file, e.g. ``accuracy_drop/week_after`` or ``latency_spike/requests``."""
    dates = ("timestamp",) if name.startswith("latency_spike") else ()
    return read_csv(f"incidents/{name}.csv", dates)


def manifest() -> dict:
    """The generator's manifest: seed, unrepairable raw ids, drifted columns per batch."""
    return json.loads((_ensure() / "manifest.json").read_text(encoding="utf-8"))
