# Known-wrong for kata 1.7: groups every row by type1 as it comes, so rows with a missing type1
# form a null group that pandas' groupby leaves out.


def type_summary_polars(frame):
    stats = list(STAT_COLUMNS)
    complete = pl.all_horizontal(pl.col(stats).is_not_null())
    total = pl.when(complete).then(pl.sum_horizontal(stats))
    return (
        frame.group_by("type1")
        .agg(
            pl.len().alias("pokemon"),
            total.mean().cast(pl.Float64).alias("mean_total"),
            pl.col("is_legendary").cast(pl.Float64).mean().alias("legendary_share"),
        )
        .sort("type1")
    )
