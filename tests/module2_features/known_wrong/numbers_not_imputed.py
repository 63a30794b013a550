# Known-wrong for kata 2.6: scales the numbers without imputing them first, so a missing value
# reaches the model as NaN.


def build_preprocessor():
    categorical = Pipeline([("impute", SimpleImputer(strategy="constant", fill_value=MISSING)),
                            ("encode", OneHotEncoder(handle_unknown="ignore"))])
    return ColumnTransformer([("numeric", StandardScaler(), NUMERIC_FEATURES),
                              ("categorical", categorical, CATEGORICAL_FEATURES)])
