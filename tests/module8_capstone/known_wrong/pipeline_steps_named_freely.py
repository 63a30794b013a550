# Known-wrong for kata 8.3: the right steps under other names, so "model__regressor__alpha" from
# the tuning phase does not exist.
_reference_build_pipeline = build_pipeline


def build_pipeline(regressor=None):
    steps = _reference_build_pipeline(regressor).steps
    return Pipeline([("engineer", steps[0][1]), ("encode", steps[1][1]), ("regressor", steps[2][1])])
