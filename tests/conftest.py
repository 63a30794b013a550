"""Fixtures shared by every module's tests. Each hands out a fresh copy of its data."""

from __future__ import annotations

import pytest

from kata_framework import data


@pytest.fixture
def pokemon():
    """The clean Pokémon table: 800 species, ``is_legendary`` true for 8% of them."""
    return data.pokemon()


@pytest.fixture
def raw_pokemon_path():
    """Path of the messy raw export (module 1 standardises it)."""
    return data.raw_pokemon_path()


@pytest.fixture
def card_sales():
    """Card sales for the capstone, sorted by ``sale_date``."""
    return data.card_sales()
