# Known-right for kata 8.3: another set of features built as a separate block from numpy arrays
# (days instead of years, a vintage flag), then a pipeline with an imputer, dense one-hot columns
# and its own default regressor.
from sklearn.impute import SimpleImputer

OTHER_FEATURES = ["age_days", "days_since_origin", "graded_flag", "grade_filled", "grade_10",
                  "rarity_level", "hp_plus_attack", "vintage"]
FLAG_COLUMNS = ["is_legendary", "is_first_edition", "is_holo"]


def engineer_features(frame):
    sale = pd.to_datetime(frame["sale_date"])
    release = pd.to_datetime(frame["set_release_date"])
    grade = pd.to_numeric(frame["grade"], errors="coerce").to_numpy(dtype=float)
    new = pd.DataFrame(index=frame.index)
    new["age_days"] = (sale - release).dt.total_seconds().to_numpy() / 86400.0
    new["days_since_origin"] = (sale - pd.Timestamp(MARKET_ORIGIN)).dt.total_seconds().to_numpy() / 86400.0
    new["graded_flag"] = np.where(np.isnan(grade), 0.0, 1.0)
    new["grade_filled"] = np.nan_to_num(grade, nan=0.0)
    new["grade_10"] = np.where(grade == 10, 1.0, 0.0)
    new["rarity_level"] = [float(RARITY_ORDER.index(r)) if r in RARITY_ORDER else 0.0 for r in frame["rarity"]]
    new["hp_plus_attack"] = frame["hp"].to_numpy(dtype=float) + frame["attack"].to_numpy(dtype=float)
    new["vintage"] = (release < pd.Timestamp("2001-01-01")).to_numpy(dtype=float)
    return pd.concat([frame, new], axis=1)


def feature_documentation():
    text = {
        "age_days": "days from the set's release to the pricing date",
        "days_since_origin": "days from 2022-01-01 to the pricing date: the market trend",
        "graded_flag": "1 when the card has a grade",
        "grade_filled": "the grade, 0 when ungraded",
        "grade_10": "1 for a gem mint 10",
        "rarity_level": "rarity as 0 (Common) to 5 (Secret Rare)",
        "hp_plus_attack": "hp + attack",
        "vintage": "1 for sets released before 2001",
    }
    return [{"feature": name, "description": what, "rationale": "collectors pay for it, so it moves the price",
             "leakage_check": "computed from the row's own listing fields, known when it is priced; never the price"}
            for name, what in text.items()]


def _flags_as_float(frame):
    return frame.astype(float)


def build_pipeline(regressor=None):
    preprocess = ColumnTransformer([
        ("numbers", Pipeline([("impute", SimpleImputer()), ("scale", StandardScaler())]),
         OTHER_FEATURES + ["hp", "attack"]),
        ("flags", FunctionTransformer(_flags_as_float), FLAG_COLUMNS),
        ("categories", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL_COLUMNS),
    ])
    last = TransformedTargetRegressor(regressor=Ridge(alpha=3.0) if regressor is None else regressor,
                                      func=np.log, inverse_func=np.exp)
    return Pipeline([("features", FunctionTransformer(engineer_features)), ("preprocess", preprocess),
                     ("model", last)])
