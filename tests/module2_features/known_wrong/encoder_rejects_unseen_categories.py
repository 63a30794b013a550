# Known-wrong for kata 2.6: a one-hot encoder with its default handle_unknown='error', so the
# first new type in production raises instead of predicting.


def build_preprocessor():
    numeric = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
    categorical = Pipeline([("impute", SimpleImputer(strategy="constant", fill_value=MISSING)),
                            ("encode", OneHotEncoder())])
    return ColumnTransformer([("numeric", numeric, NUMERIC_FEATURES),
                              ("categorical", categorical, CATEGORICAL_FEATURES)])
