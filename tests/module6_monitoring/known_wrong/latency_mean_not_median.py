# Known-wrong for kata 6.5: picks the version with the highest MEAN latency, which a couple of
# timeouts in a healthy version can win.


def diagnose_latency_spike(requests):
    version = str(requests.groupby("model_version")["latency_ms"].mean().idxmax())
    started_at = requests.loc[requests["model_version"] == version, "timestamp"].min()
    before = requests.loc[requests["timestamp"] < started_at, "latency_ms"]
    after = requests.loc[requests["timestamp"] >= started_at, "latency_ms"]
    return LatencyDiagnosis(version, started_at, float(before.median()), float(after.median()))
