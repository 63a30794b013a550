# Known-wrong for kata 2.6: puts a clone of the model in the pipeline, so the caller's model is
# never the one fitted.

from sklearn.base import clone


def build_pipeline(model):
    return Pipeline([("preprocess", build_preprocessor()), ("model", clone(model))])
