"""The dataset generator is deterministic, fast, and its data carry the lessons they promise."""

from __future__ import annotations

import time

import pandas as pd

from data import generate_dataset as generator
from kata_framework import data


def test_generator_is_byte_identical_from_run_to_run(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    start = time.perf_counter()
    written = generator.generate(first)
    elapsed = time.perf_counter() - start
    generator.generate(second)
    for path in written:
        twin = second / path.relative_to(first)
        assert path.read_bytes() == twin.read_bytes(), f"{path.relative_to(first)} differs between runs"
    assert elapsed < 5, f"the generator took {elapsed:.1f} s; it must stay under 5 s"


def test_generated_files_match_the_checked_in_generator():
    """The files tests read are this generator's output (stale files would be regenerated)."""
    manifest = data.manifest()
    assert manifest["generator_version"] == generator.GENERATOR_VERSION
    assert manifest["seed"] == generator.SEED


def test_pokemon_table_carries_its_lessons():
    pokemon = data.pokemon()
    assert len(pokemon) == generator.N_POKEMON and pokemon["pokemon_id"].is_unique
    assert abs(pokemon["is_legendary"].mean() - 0.08) < 0.005, "legendary must be rare (about 8%)"
    assert pokemon["hp"].corr(pokemon["defense"]) > 0.6, "HP and defense must be strongly correlated"
    assert pokemon.groupby("is_legendary")["capture_rate"].median()[True] < 10, "capture_rate leaks the target"
    assert pokemon["name"].map(lambda s: not s.isascii()).any(), "some names must be unicode"


def test_raw_file_has_faults_and_duplicates():
    raw = pd.read_csv(data.raw_pokemon_path(), dtype=str, keep_default_na=False)
    assert "Sp. Atk" in raw.columns and " Name " in raw.columns
    assert raw.duplicated().sum() >= generator.N_RAW_DUPLICATES
    assert len(data.manifest()["raw_unrepairable_ids"]) == generator.N_UNREPAIRABLE


def test_card_sales_are_in_time_order_and_regenerable_with_another_seed():
    cards = data.card_sales()
    assert cards["sale_date"].is_monotonic_increasing
    hidden = generator.make_card_sales(seed=7)
    assert list(hidden.columns) == list(cards.columns)
    assert not hidden["price_usd"].equals(cards["price_usd"])


def test_production_batches_drift_where_documented():
    reference = data.production_batch("reference")
    for batch, columns in generator.DRIFTED_COLUMNS.items():
        frame = data.production_batch(batch)
        assert list(frame.columns) == list(reference.columns)
        assert set(columns) <= set(generator.MONITORED_COLUMNS)
