# Known-right for kata 1.7: two lazy aggregations (all rows; complete rows only) joined on type1,
# with the total as a fold over the stat columns; rows without a type1 filtered out first.


def type_summary_polars(frame):
    stats = list(STAT_COLUMNS)
    frame = frame.filter(pl.col("type1").is_not_null())
    counts = frame.group_by("type1").agg(
        pl.len().cast(pl.Int64).alias("pokemon"),
        pl.col("is_legendary").cast(pl.Float64).mean().alias("legendary_share"),
    )
    complete = frame.filter(pl.all_horizontal(pl.col(stats).is_not_null()))
    totals = complete.group_by("type1").agg(
        pl.fold(pl.lit(0.0), lambda acc, column: acc + column, stats).mean().alias("mean_total"))
    return (counts.join(totals, on="type1", how="left")
            .select("type1", "pokemon", pl.col("mean_total").cast(pl.Float64), "legendary_share")
            .sort("type1"))
