# Known-wrong for kata 6.5: reads the log in file order and blames the version of the first
# slow-looking request, without sorting by time or comparing versions.


def diagnose_latency_spike(requests):
    slow = requests[requests["latency_ms"] > 2 * requests["latency_ms"].median()]
    first = slow.iloc[0]
    before = requests.loc[requests["timestamp"] < first["timestamp"], "latency_ms"]
    after = requests.loc[requests["timestamp"] >= first["timestamp"], "latency_ms"]
    return LatencyDiagnosis(str(first["model_version"]), first["timestamp"],
                            float(before.median()), float(after.median()))
