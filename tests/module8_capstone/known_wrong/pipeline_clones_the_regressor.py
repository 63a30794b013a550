# Known-wrong for kata 8.3: clones the regressor it is given, so the pipeline does not hold the
# caller's object, although the spec says it is used as given.
_reference_build_pipeline = build_pipeline


def build_pipeline(regressor=None):
    from sklearn.base import clone

    return _reference_build_pipeline(None if regressor is None else clone(regressor))
