# Known-wrong for kata 6.5: blames the version serving the last request, which after a rollback
# is the old, fast one.


def diagnose_latency_spike(requests):
    version = str(requests.sort_values("timestamp")["model_version"].iloc[-1])
    started_at = requests.loc[requests["model_version"] == version, "timestamp"].min()
    before = requests.loc[requests["timestamp"] < started_at, "latency_ms"]
    after = requests.loc[requests["timestamp"] >= started_at, "latency_ms"]
    return LatencyDiagnosis(version, started_at, float(before.median()), float(after.median()))
