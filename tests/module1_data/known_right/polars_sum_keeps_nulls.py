# Known-right for kata 1.7: the total as sum_horizontal(..., ignore_nulls=False), which is null
# as soon as one stat is; rows without a type1 dropped, the per-row columns added, then one
# group_by and a sort.


def type_summary_polars(frame):
    total = pl.sum_horizontal(*STAT_COLUMNS, ignore_nulls=False).cast(pl.Float64)
    return (
        frame.drop_nulls("type1")
        .with_columns(total.alias("_total"), pl.col("is_legendary").cast(pl.Float64).alias("_legendary"))
        .group_by("type1")
        .agg(
            pl.col("type1").len().cast(pl.Int64).alias("pokemon"),
            pl.col("_total").mean().alias("mean_total"),
            pl.col("_legendary").mean().alias("legendary_share"),
        )
        .sort("type1")
        .select(list(SUMMARY_COLUMNS))
    )
