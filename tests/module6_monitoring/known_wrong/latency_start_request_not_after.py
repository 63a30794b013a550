# Known-wrong for kata 6.5: "after" keeps only requests strictly later than started_at, so the
# slow version's first request counts on neither side.


def diagnose_latency_spike(requests):
    version = str(requests.groupby("model_version")["latency_ms"].median().idxmax())
    started_at = requests.loc[requests["model_version"] == version, "timestamp"].min()
    before = requests.loc[requests["timestamp"] < started_at, "latency_ms"]
    after = requests.loc[requests["timestamp"] > started_at, "latency_ms"]
    return LatencyDiagnosis(version, started_at, float(before.median()), float(after.median()))
