"""Kata 8.2: the schema stops broken card data, the loader is reproducible, the split respects time.

Rules (card_schema):
1. the clean data pass, including the boundary values (grade 1 and 10, hp and attack 1 and 255,
   the cheapest price, a first edition of the last set before 2001, a sale on the release day): ``test_schema_accepts_the_clean_card_data``, ``test_schema_accepts_the_boundaries``
2. each check stops its broken row (price 0 and below, grade 0 and 11, unknown values, hp 0,
   duplicate ids, the two cross-column rules, a first edition of EX Ruby & Sapphire, the first set
   without them): ``test_schema_catches_each_kind_of_broken_row``
3. lazy validation lists every failure: ``test_lazy_validation_lists_every_failure_at_once``

Rules (load_and_validate_data):
4. datetimes, Int64 grade, sorted by sale_date then sale_id, fresh RangeIndex, every row:
   ``test_loader_returns_typed_validated_rows_in_time_order``, ``test_loader_is_reproducible``
5. a broken export raises SchemaErrors listing every failure: ``test_loader_rejects_a_broken_export_listing_every_failure``

Rules (time_split):
6. strictly earlier parts, one day never in two parts, every row once, sizes as close to the
   fractions (15% and 15% by default) as whole days allow:
   ``test_split_is_by_time_with_the_requested_sizes``, ``test_split_keeps_time_order_on_any_dates``,
   ``test_split_sizes_on_a_few_single_sale_days``
7. sizes by row share, not by calendar span (sales volume grows over time):
   ``test_split_sizes_follow_rows_when_volume_grows``
8. the input is not modified: ``test_split_does_not_modify_its_input``
9. Raises: fractions out of range, fewer than three dates (three dates are enough):
   ``test_split_rejects_impossible_fractions``, ``test_split_of_one_day_is_impossible``,
   ``test_split_keeps_time_order_on_any_dates``
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kata_framework import data
from kata_framework.expect import must_raise
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
    elif fault == "price of zero":
        broken.loc[3, "price_usd"] = 0.0
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
    elif fault == "hp 256":
        broken.loc[3, "hp"] = 256
    elif fault == "attack 256":
        broken.loc[3, "attack"] = 256
    elif fault == "duplicate sale_id":
        broken.loc[4, "sale_id"] = broken.loc[3, "sale_id"]
    elif fault == "first edition of a modern set":
        broken.loc[modern, "is_first_edition"] = True
    elif fault == "first edition of the first set without them":
        broken.loc[broken.index[broken["set_name"] == "EX Ruby & Sapphire"][0], "is_first_edition"] = True
    elif fault == "sold before release":
        broken.loc[modern, "sale_date"] = pd.Timestamp("2005-01-01")
    return broken


FAULTS = ["negative price", "price of zero", "grade 11", "grade 0", "unknown rarity", "unknown language",
          "unknown set", "impossible hp", "hp 256", "attack 256", "duplicate sale_id", "first edition of a modern set",
          "first edition of the first set without them",
          "sold before release"]


def test_schema_accepts_the_clean_card_data(cards):
    try:
        card_schema().validate(cards, lazy=True)
    except pa.errors.SchemaErrors as error:
        pytest.fail(f"card_schema ({WHERE}) rejects the clean card data:\n{error.failure_cases.head()}")


def test_schema_accepts_the_boundaries(cards):
    edge = cards.copy()
    graded = edge.index[edge["grade"].notna()]
    edge.loc[graded[0], "grade"], edge.loc[graded[1], "grade"] = 1, 10
    edge.loc[0, "hp"], edge.loc[1, "hp"], edge.loc[0, "attack"], edge.loc[1, "attack"] = 1, 255, 1, 255
    edge.loc[2, "price_usd"] = 0.01
    # The latest set that has first editions (Neo Genesis, released 2000-12-16), and a sale on
    # its set's release day.
    edge.loc[5, ["set_name", "set_release_date", "is_first_edition"]] = [
        "Neo Genesis", pd.Timestamp("2000-12-16"), True]
    newest = edge.index[edge["set_name"] == "Scarlet & Violet"][0]
    edge.loc[newest, "sale_date"] = edge.loc[newest, "set_release_date"]
    try:
        card_schema().validate(edge, lazy=True)
    except pa.errors.SchemaErrors as error:
        pytest.fail(f"card_schema ({WHERE}) rejects valid boundary values (grade 1 or 10, hp or attack "
                    f"1 or 255, a price of one cent, a first edition of a 2000 set, a sale on the "
                    f"set's release day):\n{error.failure_cases.head()}")


@pytest.mark.parametrize("fault", FAULTS, ids=[f.replace(" ", "-") for f in FAULTS])
def test_schema_catches_each_kind_of_broken_row(cards, fault):
    with must_raise((pa.errors.SchemaErrors, pa.errors.SchemaError),
                    f"card_schema ({WHERE}) let a row with a {fault} through: add the check that stops it"):
        card_schema().validate(_break(cards, fault), lazy=True)


def test_lazy_validation_lists_every_failure_at_once(cards):
    broken = _break(_break(cards, "negative price"), "unknown language")
    with must_raise(pa.errors.SchemaErrors, f"card_schema ({WHERE}) must refuse a negative price and an "
                    "unknown language, both in one SchemaErrors (validate with lazy=True)") as caught:
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
    other_export = tmp_path / "other_order.csv"
    cards.sample(frac=1, random_state=4).to_csv(other_export, index=False)
    pd.testing.assert_frame_equal(load_and_validate_data(other_export), first,
                                  obj=f"{WHERE}: two exports of the same rows in other orders, loaded")
    assert first["sale_id"].tolist() == cards.sort_values(["sale_date", "sale_id"])["sale_id"].tolist(), (
        f"load_and_validate_data ({WHERE}): rows in file order leak into the result; sort by "
        "sale_date then sale_id so any export of the same data loads the same")


def test_loader_rejects_a_broken_export_listing_every_failure(tmp_path, cards):
    path = tmp_path / "broken.csv"
    _break(_break(cards, "grade 11"), "unknown rarity").to_csv(path, index=False)
    with must_raise(pa.errors.SchemaErrors, f"load_and_validate_data ({WHERE}) must refuse a file with a "
                    "grade of 11 and an unknown rarity, listing both (lazy=True)") as caught:
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
    parts = time_split(shuffled)  # the default fractions: 15% validation, 15% test
    _assert_time_ordered(parts, cards)
    shares = [len(part) / len(cards) for part in parts]
    assert shares == pytest.approx([0.70, 0.15, 0.15], abs=0.02), (
        f"time_split ({WHERE}): part sizes {shares} are not near 70/15/15%")


def test_split_sizes_follow_rows_when_volume_grows():
    # 200 days; later days have more sales (1 to 20 a day): 70% of the rows is not 70% of the days.
    days = [day for day in range(200) for _ in range(1 + day // 10)]
    frame = pd.DataFrame({"sale_id": range(len(days)),
                          "sale_date": pd.Timestamp("2023-01-01") + pd.to_timedelta(days, "D")})
    parts = time_split(frame, 0.15, 0.15)
    _assert_time_ordered(parts, frame)
    shares = [len(part) / len(frame) for part in parts]
    assert shares == pytest.approx([0.70, 0.15, 0.15], abs=0.015), (
        f"time_split ({WHERE}): part sizes {[f'{x:.0%}' for x in shares]} on sales whose volume grows "
        "over time; the fractions are shares of rows (sales), not of the calendar span")


# One sale a day: one training size is closest under any measure of distance (1 of 4 rows for
# 0.8), so nothing else is "as close as whole days allow".
FEW_DAYS = {"four-days-train-0.8-rows": (4, 0.4, 0.4, (1, None, None))}


@pytest.mark.parametrize("case", list(FEW_DAYS))
def test_split_sizes_on_a_few_single_sale_days(case):
    n, val_fraction, test_fraction, expected = FEW_DAYS[case]
    frame = pd.DataFrame({"sale_id": range(n), "sale_date": pd.Timestamp("2023-01-01") + pd.to_timedelta(range(n), "D")})
    sizes = tuple(len(part) for part in time_split(frame, val_fraction, test_fraction))
    assert all(want is None or got == want for got, want in zip(sizes, expected)), (
        f"time_split ({WHERE}): {n} sales on {n} days with val_fraction={val_fraction}, "
        f"test_fraction={test_fraction} gave parts of {sizes} rows; the closest whole days give "
        f"{tuple('any' if want is None else want for want in expected)}")


def test_split_does_not_modify_its_input(cards):
    shuffled = cards.sample(frac=1, random_state=2)
    before = shuffled.copy(deep=True)
    time_split(shuffled, 0.2, 0.1)
    pd.testing.assert_frame_equal(shuffled, before, obj=f"the input of time_split ({WHERE})")


@pytest.mark.parametrize("fractions", [(0, 0.2), (0.2, 0), (0.5, 0.5), (-0.1, 0.2), (0.2, 1.2)],
                         ids=["no-validation", "no-test", "nothing-left-to-train", "negative", "above-one"])
def test_split_rejects_impossible_fractions(cards, fractions):
    with must_raise(ValueError, f"time_split ({WHERE}) must refuse val_fraction={fractions[0]}, "
                    f"test_fraction={fractions[1]}"):
        time_split(cards, *fractions)


def test_split_of_one_day_is_impossible(cards):
    one_day = cards.head(30).assign(sale_date=pd.Timestamp("2024-05-04"))
    with must_raise(ValueError, f"time_split ({WHERE}) must refuse 30 sales of a single day: three "
                    "parts need three dates"):
        time_split(one_day)


@settings(max_examples=30)
@given(st.lists(st.integers(0, 40), min_size=3, max_size=60), st.sampled_from([0.1, 0.2, 0.3]))
@example([0, 1, 2], 0.1)  # three dates: just enough for three parts
@example([0, 1, 2], 0.05)  # the fractions' positions fall past the last row: no part empty all the same
@example([5, 5, 5, 5, 9, 9], 0.2)  # two dates: impossible
@example([0] * 20 + [1, 2], 0.3)  # the busiest day is the first
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
