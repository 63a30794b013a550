# Known-wrong for kata 2.6: passes every other column through "in case the model needs it", so
# capture_rate, the identifiers and the target reach the model.


_reference_preprocessor = build_preprocessor


def build_preprocessor():
    preprocessor = _reference_preprocessor()
    preprocessor.set_params(remainder="passthrough")
    return preprocessor
