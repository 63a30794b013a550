# Known-wrong for kata 8.3: a rarity frequency counted over the frame passed in, so a row's feature
# depends on which other rows came with it (training and serving see different values).
_reference_engineer_features = engineer_features
_reference_feature_documentation = feature_documentation


def engineer_features(frame):
    features = _reference_engineer_features(frame)
    return features.assign(rarity_share=frame["rarity"].map(frame["rarity"].value_counts(normalize=True)))


def feature_documentation():
    return [*_reference_feature_documentation(), {
        "feature": "rarity_share", "description": "share of sales with the card's rarity",
        "rationale": "scarce rarities sell high", "leakage_check": "does not use the price"}]
