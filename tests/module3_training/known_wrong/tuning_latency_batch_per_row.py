# Known-wrong for kata 3.4: times predict on all rows and divides by their number: a throughput
# figure, not the time one request waits.


def single_row_latency_ms(model, X, *, calls=20):
    model.predict(X)
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        model.predict(X)
        times.append((time.perf_counter() - start) / len(X))
    return float(np.percentile(times, 95)) * 1000
