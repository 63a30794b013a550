# Known-right for kata 4.3: the counts computed with polars. Slice values may mix types (a number
# and the MISSING name), so polars groups on each value's code and the values come back after.

import polars as pl


def error_rates_by_slice(frame, *, slice_column, truth_column="is_legendary", prediction_column="predicted",
                         min_rows=1):
    values = frame[slice_column].astype(object).where(frame[slice_column].notna(), MISSING).tolist()
    keys = list(dict.fromkeys(values))
    code = {key: i for i, key in enumerate(keys)}
    data = pl.DataFrame({"slice": [code[v] for v in values],
                         "truth": frame[truth_column].astype(bool).to_numpy(),
                         "predicted": frame[prediction_column].astype(bool).to_numpy()})
    table = (data.group_by("slice")
             .agg(pl.len().alias("rows"),
                  (pl.col("truth") != pl.col("predicted")).sum().alias("errors"),
                  (~pl.col("truth") & pl.col("predicted")).sum().alias("false_positives"),
                  (pl.col("truth") & ~pl.col("predicted")).sum().alias("false_negatives"))
             .with_columns((pl.col("errors") / pl.col("rows")).alias("error_rate"))
             .filter(pl.col("rows") >= min_rows)
             .sort(["error_rate", "rows"], descending=[True, True]))
    result = pd.DataFrame({name: table[name].to_list() for name in table.columns})  # no pyarrow needed
    result["slice"] = [keys[i] for i in result["slice"]]
    return result[COLUMNS].reset_index(drop=True)
