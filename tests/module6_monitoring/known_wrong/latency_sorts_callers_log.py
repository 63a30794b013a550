# Known-wrong for kata 6.5: sorts the caller's request log in place before looking at it; the
# answer is right, but the caller's frame is reordered.

_correct_diagnose = diagnose_latency_spike


def diagnose_latency_spike(requests):
    requests.sort_values("timestamp", inplace=True)
    return _correct_diagnose(requests)
