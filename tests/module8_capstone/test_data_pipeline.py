"""Kata 8.2: the schema stops broken card data, the loader is reproducible, the split respects time."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kata_framework import data
from katas.module8_capstone.data_pipeline import card_schema, load_and_validate_data, time_split

WHERE = "katas/module8_capstone/data_pipeline.py"
CARDS_CSV = "cards/card_sales.csv"


@pytest.fixture
def cards(card_sales):
    return card_sales.astype({"grade": "Int64"})


def _break(frame: pd.DataFrame, fault: str) -> pd.DataFrame:
    broken = frame.copy()
    modern = broken.index[broken["set_release_date"] >= "2010-01-01"][0]
    if fault == "negative price":
        broken.loc[3, "price_usd"] = -4.0
    elif fault == "grade 11":
        broken.loc[3, "grade"] = 11
    elif fault == "grade 0":
        broken.loc[3, "grade"] = 0
    elif fault == "unknown rarity":
        broken.loc[3, "rarity"] = "Mythic"
    elif fault == "unknown language":
        broken.loc[3, "language"] = "Klingon"
    elif fault == "unknown set":
        broken.loc[3, "set_name"] = "Team Plasma"
    elif fault == "impossible hp":
        broken.loc[3, "hp"] = 0
    elif fault == "duplicate sale_id":
        broken.loc[4, "sale_id"] = broken.loc[3, "sale_id"]
    elif fault == "first edition of a modern set":
        broken.loc[modern, "is_first_edition"] = True
    elif fault == "sold before release":
        broken.loc[modern, "sale_date"] = pd.Timestamp("2005-01-01")
    return broken


FAULTS = ["negative price", "grade 11", "grade 0", "unknown rarity", "unknown language",
          "unknown set", "impossible hp", "duplicate sale_id", "first edition of a modern set",
          "sold before release"]


def test_schema_accepts_the_clean_card_data(cards):
    try:
        card_schema().validate(cards, lazy=True)
    except pa.errors.SchemaErrors as error:
        pytest.fail(f"card_schema ({WHERE}) rejects the clean card data:\n{error.failure_cases.head()}")


@pytest.mark.parametrize("fault", FAULTS)
def test_schema_catches_each_kind_of_broken_row(cards, fault):
    with pytest.raises((pa.errors.SchemaErrors, pa.errors.SchemaError)):
        card_schema().validate(_break(cards, fault), lazy=True)
        pytest.fail(f"card_schema ({WHERE}) let a row with a {fault} through: add the check "
                    "that stops it")


def test_lazy_validation_lists_every_failure_at_once(cards):
    broken = _break(_break(cards, "negative price"), "unknown language")
    with pytest.raises(pa.errors.SchemaErrors) as caught:
        card_schema().validate(broken, lazy=True)
    columns = set(caught.value.failure_cases["column"].dropna())
    assert {"price_usd", "language"} <= columns, (
        f"card_schema ({WHERE}): one lazy validation must report both the price and the "
        f"language failure, got failures in {sorted(columns)}")


def test_loader_returns_typed_validated_rows_in_time_order(cards):
    loaded = load_and_validate_data(data.data_dir() / CARDS_CSV)
    assert len(loaded) == len(cards), f"load_and_validate_data ({WHERE}) must keep every valid row"
    assert pd.api.types.is_datetime64_any_dtype(loaded["sale_date"]) and \
        pd.api.types.is_datetime64_any_dtype(loaded["set_release_date"]), (
        f"load_and_validate_data ({WHERE}): parse sale_date and set_release_date as datetimes")
    assert str(loaded["grade"].dtype) == "Int64", (
        f"load_and_validate_data ({WHERE}): grade must be the nullable Int64 dtype "
        f"(missing = ungraded), got {loaded['grade'].dtype}")
    assert loaded["sale_date"].is_monotonic_increasing and \
        list(loaded.index) == list(range(len(loaded))), (
        f"load_and_validate_data ({WHERE}): sort by sale_date then sale_id with a fresh index")
    assert set(loaded["sale_id"]) == set(cards["sale_id"])


def test_loader_is_reproducible(tmp_path, cards):
    shuffled = cards.sample(frac=1, random_state=3)
    path = tmp_path / "cards.csv"
    shuffled.to_csv(path, index=False)
    first = load_and_validate_data(path)
    second = load_and_validate_data(path)
    pd.testing.assert_frame_equal(first, second, obj=f"two loads of one file by {WHERE}")
    assert first["sale_id"].tolist() == cards.sort_values(["sale_date", "sale_id"])["sale_id"].tolist(), (
        f"load_and_validate_data ({WHERE}): rows in file order leak into the result; sort by "
        "sale_date then sale_id so any export of the same data loads the same")


def test_loader_rejects_a_broken_export_listing_every_failure(tmp_path, cards):
    path = tmp_path / "broken.csv"
    _break(_break(cards, "grade 11"), "unknown rarity").to_csv(path, index=False)
    with pytest.raises(pa.errors.SchemaErrors) as caught:
        load_and_validate_data(path)
    columns = set(caught.value.failure_cases["column"].dropna())
    assert {"grade", "rarity"} <= columns, (
        f"load_and_validate_data ({WHERE}): validate lazily so one error lists both failures")


def _assert_time_ordered(parts, frame):
    train, val, test = parts
    names = ("train", "val", "test")
    for (a, first), (b, second) in zip(zip(names, parts), zip(names[1:], parts[1:])):
        assert first["sale_date"].max() < second["sale_date"].min(), (
            f"time_split ({WHERE}): a sale in {a} ({first['sale_date'].max():%Y-%m-%d}) is not "
            f"strictly before every sale in {b} ({second['sale_date'].min():%Y-%m-%d}). Split on "
            "sale_date, never shuffle, and keep all sales of one day in one part")
    ids = pd.concat([train["sale_id"], val["sale_id"], test["sale_id"]])
    assert ids.is_unique and set(ids) == set(frame["sale_id"]), (
        f"time_split ({WHERE}): every row must land in exactly one part")


def test_split_is_by_time_with_the_requested_sizes(cards):
    shuffled = cards.sample(frac=1, random_state=1)
    parts = time_split(shuffled, 0.15, 0.15)
    _assert_time_ordered(parts, cards)
    shares = [len(part) / len(cards) for part in parts]
    assert shares == pytest.approx([0.70, 0.15, 0.15], abs=0.02), (
        f"time_split ({WHERE}): part sizes {shares} are not near 70/15/15%")


def test_split_does_not_modify_its_input(cards):
    shuffled = cards.sample(frac=1, random_state=2)
    before = shuffled.copy(deep=True)
    time_split(shuffled, 0.2, 0.1)
    pd.testing.assert_frame_equal(shuffled, before, obj=f"the input of time_split ({WHERE})")


@pytest.mark.parametrize("fractions", [(0, 0.2), (0.2, 0), (0.5, 0.5), (-0.1, 0.2), (0.2, 1.2)])
def test_split_rejects_impossible_fractions(cards, fractions):
    with pytest.raises(ValueError):
        time_split(cards, *fractions)


def test_split_of_one_day_is_impossible(cards):
    one_day = cards.head(30).assign(sale_date=pd.Timestamp("2024-05-04"))
    with pytest.raises(ValueError):
        time_split(one_day)


@settings(max_examples=30)
@given(st.lists(st.integers(0, 40), min_size=3, max_size=60), st.sampled_from([0.1, 0.2, 0.3]))
def test_split_keeps_time_order_on_any_dates(days, fraction):
    frame = pd.DataFrame({"sale_id": range(len(days)),
                          "sale_date": pd.Timestamp("2023-01-01") + pd.to_timedelta(days, "D")})
    try:
        parts = time_split(frame, fraction, fraction)
    except ValueError:  # allowed only when fewer than three distinct days
        assert frame["sale_date"].nunique() < 3, (
            f"time_split ({WHERE}) raised ValueError on {len(frame)} rows over "
            f"{frame['sale_date'].nunique()} days: three days are enough for three parts")
        return
    assert all(len(part) for part in parts), f"time_split ({WHERE}) returned an empty part"
    _assert_time_ordered(parts, frame)
