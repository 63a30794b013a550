# Known-wrong for kata 3.7: reports the range as plus or minus 20% around the estimate, a range
# that says nothing about how uncertain this extrapolation is.

_reference_estimate = estimate_fit_seconds


def estimate_fit_seconds(model, X, y, *, target_rows, seed=0):
    estimate = _reference_estimate(model, X, y, target_rows=target_rows, seed=seed)
    return FitTimeEstimate(estimate.seconds, estimate.seconds * 0.8, estimate.seconds * 1.2, estimate.exponent)
