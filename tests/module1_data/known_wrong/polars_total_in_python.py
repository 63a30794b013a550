# Known-wrong for kata 1.7: computes each row's total with a Python function through
# map_elements: lazy and correct, and at 800 rows still faster than iterrows, but a row loop
# inside the query that polars can neither plan nor run in compiled code.


def _row_total(row):
    values = list(row.values())
    return None if any(value is None for value in values) else float(sum(values))


def type_summary_polars(frame):
    total = pl.struct(list(STAT_COLUMNS)).map_elements(_row_total, return_dtype=pl.Float64)
    return (
        frame.filter(pl.col("type1").is_not_null())
        .group_by("type1")
        .agg(
            pl.len().alias("pokemon"),
            total.mean().alias("mean_total"),
            pl.col("is_legendary").cast(pl.Float64).mean().alias("legendary_share"),
        )
        .sort("type1")
    )
