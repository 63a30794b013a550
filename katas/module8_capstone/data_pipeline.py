"""Kata 8.2: the card data's schema, a reproducible loader, a data-quality chart and a time-based split."""

from __future__ import annotations

from pathlib import Path

import altair as alt
import pandas as pd
import pandera.pandas as pa

RARITIES = ("Common", "Uncommon", "Rare", "Holo Rare", "Ultra Rare", "Secret Rare")
LANGUAGES = ("English", "Japanese", "German", "French")
CARD_SETS = {  # set name -> release date
    "Base Set": "1999-01-09", "Jungle": "1999-06-16", "Fossil": "1999-10-10",
    "Team Rocket": "2000-04-24", "Neo Genesis": "2000-12-16", "EX Ruby & Sapphire": "2003-07-01",
    "Diamond & Pearl": "2007-05-23", "HeartGold SoulSilver": "2010-02-10", "XY": "2014-02-05",
    "Sun & Moon": "2017-02-03", "Sword & Shield": "2020-02-07", "Scarlet & Violet": "2023-03-31",
}
FIRST_EDITION_CUTOFF = "2001-01-01"  # first editions exist only for sets released before this


def card_schema() -> pa.DataFrameSchema:
    """The pandera schema every card-sales frame must satisfy before anything trains on it.

    A schema turns silent data problems (a negative price, a grade of 11, an unknown rarity)
    into a loud failure at the door, before they quietly bend a model.

    Returns:
        A ``pandera.pandas.DataFrameSchema`` for the columns of ``data/README.md``
        (``sale_id`` … ``price_usd``; extra columns allowed) that checks at least:

        * ``sale_id`` unique; ``price_usd`` > 0; ``hp`` and ``attack`` in 1–255;
        * ``grade`` an integer 1–10 or missing (ungraded);
        * ``rarity`` in :data:`RARITIES`, ``language`` in :data:`LANGUAGES`, ``set_name`` in
          :data:`CARD_SETS`;
        * ``sale_date`` and ``set_release_date`` are datetimes;
        * cross-column: first editions only of the sets released before 2001 (Base Set to Neo
          Genesis), never of EX Ruby & Sapphire or a later set; and no sale before its set's
          release date.

    Validated with ``lazy=True`` it reports every failure at once (``SchemaErrors``).

    Example:
        >>> card_schema().validate(cards, lazy=True)  # doctest: +SKIP
    """
    raise NotImplementedError("kata 8.2: implement card_schema")


def load_and_validate_data(path: Path) -> pd.DataFrame:
    """Read the card-sales CSV, fix its types, validate it, and return it in time order.

    Run twice on the same file, it returns equal frames: the first step of a reproducible
    pipeline, and the place where a broken export is stopped.

    Args:
        path: a CSV with the columns of ``data/README.md`` (as written by the generator).

    Returns:
        A new frame: ``sale_date`` and ``set_release_date`` as datetimes, ``grade`` as the
        nullable integer dtype ``Int64`` (missing for ungraded cards), sorted by ``sale_date``
        then ``sale_id``, with a fresh ``RangeIndex`` and the file's columns only; it passes
        :func:`card_schema`. Two exports of the same rows in different orders load equal frames.

    Raises:
        pandera.errors.SchemaErrors: if the data break the schema; one error lists every
            failure (validate with ``lazy=True``).

    Example:
        >>> cards = load_and_validate_data(Path("data/generated/cards/card_sales.csv"))  # doctest: +SKIP
        >>> cards["sale_date"].is_monotonic_increasing  # doctest: +SKIP
        True
    """
    raise NotImplementedError("kata 8.2: implement load_and_validate_data")


def missing_values_chart(frame: pd.DataFrame) -> alt.Chart | alt.LayerChart:
    """Data-quality check drawn: the share of missing values in every column.

    Missing values are rarely spread evenly: one column missing a large share of its values
    (here ``grade``, missing for the ungraded cards, over 40% of the sales) is a fact the
    features and the model must handle, and a column that suddenly has gaps is a broken export.

    Args:
        frame: any table with at least one row, e.g. the loaded card sales. Not modified.

    Returns:
        An Altair chart (``alt.Chart``, or ``alt.LayerChart`` with more layers) with a bar layer
        (mark ``bar``): one bar for every column of ``frame``, those with nothing missing
        included (a bar of 0), the column name on one axis as nominal or ordinal
        (``:N``/``:O``), the share of the column's rows that are missing (``isna``: NaN, None,
        NaT, ``pd.NA``; a fraction from 0 to 1) on the other as quantitative (``:Q``).

        The data hold one row per column, computed before charting (no Altair transform or
        aggregate). The axis of each, the order, titles, colours, the axis format
        (``format="%"`` suits shares) and further columns are free.

    Example:
        >>> missing_values_chart(cards)  # doctest: +SKIP
        alt.Chart(...)
    """
    raise NotImplementedError("kata 8.2: implement missing_values_chart")


def time_split(frame: pd.DataFrame, val_fraction: float = 0.15,
               test_fraction: float = 0.15) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Split sales into train, validation and test by time: the past trains, the future tests.

    Prices grow with the market, so a random split lets the model learn from next year's
    sales to predict last year's: its validation score is too good and production disappoints.
    A time split asks the question production asks: how well do we price the sales to come?

    Args:
        frame: card sales with a ``sale_date`` column, in any row order. Not modified.
        val_fraction: the share of rows for validation (0 < val_fraction < 1).
        test_fraction: the share of rows for the test set (0 < test_fraction < 1, and
            ``val_fraction + test_fraction < 1``).

    Returns:
        ``(train, val, test)``: new frames holding every input row exactly once. Every sale in
        ``train`` is strictly earlier than every sale in ``val``, and every sale in ``val``
        strictly earlier than every sale in ``test``: all sales of one day land in the same
        part. The parts' sizes are as close to the fractions as whole days allow (within 2% of
        the rows on the card data). Row order and index within a part are free.

    Raises:
        ValueError: if a fraction is out of range, or there are fewer than three distinct
            sale dates (three non-empty parts are impossible). With three or more dates, no part
            is empty.

    Example:
        >>> train, val, test = time_split(cards)  # doctest: +SKIP
        >>> train["sale_date"].max() < val["sale_date"].min()  # doctest: +SKIP
        True
    """
    raise NotImplementedError("kata 8.2: implement time_split")
