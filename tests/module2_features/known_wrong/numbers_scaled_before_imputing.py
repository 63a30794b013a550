# Known-wrong for kata 2.6: scales the numbers before imputing them, so the scaler learns its mean
# and standard deviation from the present training values only, not from the imputed column.


_reference_preprocessor = build_preprocessor


def build_preprocessor():
    preprocessor = _reference_preprocessor()
    numeric = preprocessor.transformers[0][1]
    numeric.steps.reverse()
    return preprocessor
