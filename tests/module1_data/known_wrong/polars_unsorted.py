# Known-wrong for kata 1.7: forgets that polars' group_by keeps no order, so the types come back
# in whatever order the threads finish.


def type_summary_polars(frame):
    stats = list(STAT_COLUMNS)
    total = pl.when(pl.all_horizontal(pl.col(stats).is_not_null())).then(pl.sum_horizontal(stats))
    return frame.group_by("type1").agg(
        pl.len().cast(pl.Int64).alias("pokemon"),
        total.mean().cast(pl.Float64).alias("mean_total"),
        pl.col("is_legendary").cast(pl.Float64).mean().alias("legendary_share"),
    )
