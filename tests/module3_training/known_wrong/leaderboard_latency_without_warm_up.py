# Known-wrong for kata 3.3: the latency loop times the very first predict call too, so a model's
# one-off start-up cost is counted as if requests paid it.


def _p95_latency_ms(fitted, rows):
    times = []
    for i in range(LATENCY_CALLS):
        row = rows.iloc[[i % len(rows)]]
        start = time.perf_counter()
        fitted.predict(row)
        times.append(time.perf_counter() - start)
    return float(np.percentile(times, 95) * 1000)
