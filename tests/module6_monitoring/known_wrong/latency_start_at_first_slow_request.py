# Known-wrong for kata 6.5: dates the trouble from the slow version's first SLOW request (above
# twice the overall median) instead of its first request.


def diagnose_latency_spike(requests):
    version = str(requests.groupby("model_version")["latency_ms"].median().idxmax())
    mine = requests[requests["model_version"] == version]
    started_at = mine.loc[mine["latency_ms"] > 2 * requests["latency_ms"].median(), "timestamp"].min()
    before = requests.loc[requests["timestamp"] < started_at, "latency_ms"]
    after = requests.loc[requests["timestamp"] >= started_at, "latency_ms"]
    return LatencyDiagnosis(version, started_at, float(before.median()), float(after.median()))
