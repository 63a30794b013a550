# Known-wrong for kata 3.4: each timed request predicts the first two rows, not one.


def single_row_latency_ms(model, X, *, calls=20):
    rows = X[:2]
    model.predict(rows)
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        model.predict(rows)
        times.append(time.perf_counter() - start)
    return float(np.percentile(times, 95)) * 1000
