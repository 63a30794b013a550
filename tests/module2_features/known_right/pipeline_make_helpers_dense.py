# Known-right for kata 2.6: make_column_transformer and make_pipeline, categories first, a dense
# one-hot output.

from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline


def build_preprocessor():
    return make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="constant", fill_value=MISSING),
                       OneHotEncoder(handle_unknown="ignore", sparse_output=False)), CATEGORICAL_FEATURES),
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC_FEATURES),
    )


def build_pipeline(model):
    return make_pipeline(build_preprocessor(), model)
