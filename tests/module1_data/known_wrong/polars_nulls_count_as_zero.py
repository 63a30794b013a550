# Known-wrong for kata 1.7: pl.sum_horizontal skips nulls, so a row with a missing stat gets a
# too-small total instead of no total, and the mean drops.


def type_summary_polars(frame):
    return (
        frame.group_by("type1")
        .agg(
            pl.len().cast(pl.Int64).alias("pokemon"),
            pl.sum_horizontal(list(STAT_COLUMNS)).mean().cast(pl.Float64).alias("mean_total"),
            pl.col("is_legendary").cast(pl.Float64).mean().alias("legendary_share"),
        )
        .sort("type1")
    )
