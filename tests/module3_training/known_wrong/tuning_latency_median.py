# Known-wrong for kata 3.4: reports the median single-row time, which hides the stalls a latency
# budget is about (one request in four can take 200 ms and the median still looks fine).

import statistics


def single_row_latency_ms(model, X, *, calls=20):
    row = X[:1]
    model.predict(row)
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        model.predict(row)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000
