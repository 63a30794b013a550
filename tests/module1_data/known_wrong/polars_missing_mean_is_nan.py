# Known-wrong for kata 1.7: fills a missing mean_total with NaN "as pandas shows it", but the
# spec's missing value is polars' null, and to polars NaN is a number.


def type_summary_polars(frame):
    stats = list(STAT_COLUMNS)
    complete = pl.all_horizontal(pl.col(stats).is_not_null())
    total = pl.when(complete).then(pl.sum_horizontal(stats))
    return (
        frame.group_by("type1")
        .agg(
            pl.len().cast(pl.Int64).alias("pokemon"),
            total.mean().cast(pl.Float64).fill_null(float("nan")).alias("mean_total"),
            pl.col("is_legendary").cast(pl.Float64).mean().alias("legendary_share"),
        )
        .sort("type1")
    )
