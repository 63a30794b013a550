# Known-wrong for kata 8.4: tune_model cross-validates every combination with the default 4 folds,
# whatever n_splits the caller passes.
_reference_tune_model = tune_model


def tune_model(model, param_grid, frame, n_splits=4):
    return _reference_tune_model(model, param_grid, frame)
