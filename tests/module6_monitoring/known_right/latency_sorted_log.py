# Known-right for kata 6.5: sorts a copy of the log by time once, then reads the slow version's
# first request and splits the latencies at its position.


def diagnose_latency_spike(requests):
    log = requests.sort_values("timestamp", kind="stable")
    version = str(log.groupby("model_version")["latency_ms"].median().sort_values().index[-1])
    started_at = log.loc[log["model_version"] == version, "timestamp"].iloc[0]
    later = (log["timestamp"] >= started_at).to_numpy()
    latency = log["latency_ms"].to_numpy()
    return LatencyDiagnosis(version, started_at, float(np.median(latency[~later])), float(np.median(latency[later])))
