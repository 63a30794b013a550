# Known-wrong for kata 6.5: the "after" median covers only the slow version's requests, not every
# request from started_at on (a canary, a rollback or another endpoint's traffic is left out).


def diagnose_latency_spike(requests):
    medians = requests.groupby("model_version")["latency_ms"].median()
    version = str(medians.idxmax())
    slow = requests["model_version"] == version
    started_at = requests.loc[slow, "timestamp"].min()
    before = requests.loc[requests["timestamp"] < started_at, "latency_ms"]
    after = requests.loc[slow, "latency_ms"]
    return LatencyDiagnosis(version, started_at, float(before.median()), float(after.median()))
