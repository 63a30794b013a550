# Known-wrong for kata 8.4: sets each combination's parameters on the caller's model (no clone),
# which is left holding the last combination tried.
def tune_model(model, param_grid, frame, n_splits=4):
    if not param_grid or any(len(values) == 0 for values in param_grid.values()):
        raise ValueError("param_grid needs at least one parameter with at least one value")
    names = list(param_grid)
    results = []
    for values in itertools.product(*(param_grid[name] for name in names)):
        params = dict(zip(names, values))
        scores = time_series_cv_log_mae(model.set_params(**params), frame, n_splits)
        results.append({"params": params, "cv_log_mae": float(np.mean(scores))})
    best = min(results, key=lambda result: result["cv_log_mae"])
    return {"best_params": best["params"], "best_cv_log_mae": best["cv_log_mae"], "results": results}
