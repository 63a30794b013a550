# Known-wrong for kata 1.7: casts the row count to Float64 "so the share is not an integer
# division", and so returns pokemon as a float column although the spec makes it an integer count.


def type_summary_polars(frame):
    stats = [pl.col(column) for column in STAT_COLUMNS]
    total = pl.when(pl.all_horizontal([s.is_not_null() for s in stats])).then(pl.sum_horizontal(stats))
    return (
        frame.with_columns(total=total.cast(pl.Float64))
        .group_by("type1")
        .agg(
            pokemon=pl.len().cast(pl.Float64),
            mean_total=pl.col("total").mean(),
            legendary=pl.col("is_legendary").sum(),
        )
        .with_columns(legendary_share=pl.col("legendary") / pl.col("pokemon"))
        .sort("type1")
        .select(SUMMARY_COLUMNS)
    )
