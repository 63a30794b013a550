# Known-wrong for kata 8.3: always puts a Ridge last, whatever regressor the caller passes.
_reference_build_pipeline = build_pipeline


def build_pipeline(regressor=None):
    return _reference_build_pipeline(None)
