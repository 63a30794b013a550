# Known-wrong for kata 2.6: imputes the numbers with add_indicator=True, which appends a
# missing-value indicator column for every numeric feature with gaps in training.


def build_preprocessor():
    numeric = Pipeline([("impute", SimpleImputer(strategy="median", add_indicator=True)),
                        ("scale", StandardScaler())])
    categorical = Pipeline([("impute", SimpleImputer(strategy="constant", fill_value=MISSING)),
                            ("encode", OneHotEncoder(handle_unknown="ignore"))])
    return ColumnTransformer([("numeric", numeric, NUMERIC_FEATURES),
                              ("categorical", categorical, CATEGORICAL_FEATURES)], remainder="drop")
