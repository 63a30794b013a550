# Known-wrong for kata 2.6: imputes missing numbers with the training mean (SimpleImputer's
# default) instead of the median the spec asks for.


_reference_preprocessor = build_preprocessor


def build_preprocessor():
    preprocessor = _reference_preprocessor()
    preprocessor.transformers[0][1].set_params(impute__strategy="mean")
    return preprocessor
