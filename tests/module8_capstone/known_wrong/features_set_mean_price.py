# Known-wrong for kata 8.3: a "set value" feature averaged from the prices themselves (target leakage).
_reference_engineer_features = engineer_features
_reference_feature_documentation = feature_documentation


def engineer_features(frame):
    features = _reference_engineer_features(frame)
    return features.assign(set_mean_price=frame.groupby("set_name")["price_usd"].transform("mean"))


def feature_documentation():
    return [*_reference_feature_documentation(), {
        "feature": "set_mean_price", "description": "mean sale price of the card's set",
        "rationale": "valuable sets sell high", "leakage_check": "none needed"}]
