# Known-right for kata 6.5: the request log in polars (built from numpy columns), medians per
# version and the split at the slow version's first request.

import polars as pl


def diagnose_latency_spike(requests):
    log = pl.DataFrame({
        "timestamp": requests["timestamp"].to_numpy(),
        "model_version": requests["model_version"].astype(str).to_numpy(),
        "latency_ms": requests["latency_ms"].to_numpy(dtype=float),
    })
    medians = log.group_by("model_version").agg(pl.col("latency_ms").median().alias("p50"))
    version = medians.sort("p50", descending=True)["model_version"][0]
    started = log.filter(pl.col("model_version") == version)["timestamp"].min()
    before = log.filter(pl.col("timestamp") < started)["latency_ms"].median()
    after = log.filter(pl.col("timestamp") >= started)["latency_ms"].median()
    return LatencyDiagnosis(str(version), pd.Timestamp(started), float(before), float(after))
