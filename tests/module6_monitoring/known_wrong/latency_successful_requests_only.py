# Known-wrong for kata 6.5: leaves failed requests (status code other than 200) out of every median.
import pandas as pd


def diagnose_latency_spike(requests):
    ok = requests[requests["status_code"] == 200]
    version = ok.groupby("model_version")["latency_ms"].median().idxmax()
    started_at = ok.loc[ok["model_version"] == version, "timestamp"].min()
    return LatencyDiagnosis(
        model_version=str(version), started_at=pd.Timestamp(started_at),
        p50_before_ms=float(ok.loc[ok["timestamp"] < started_at, "latency_ms"].median()),
        p50_after_ms=float(ok.loc[ok["timestamp"] >= started_at, "latency_ms"].median()))
