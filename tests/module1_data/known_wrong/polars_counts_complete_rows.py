# Known-wrong for kata 1.7: counts the rows with a total instead of every row of the type.


def type_summary_polars(frame):
    stats = list(STAT_COLUMNS)
    total = pl.when(pl.all_horizontal(pl.col(stats).is_not_null())).then(pl.sum_horizontal(stats))
    return (
        frame.group_by("type1")
        .agg(
            total.count().cast(pl.Int64).alias("pokemon"),
            total.mean().cast(pl.Float64).alias("mean_total"),
            pl.col("is_legendary").cast(pl.Float64).mean().alias("legendary_share"),
        )
        .sort("type1")
    )
