# Known-wrong for kata 8.3: the card's age is measured to a fixed "today" instead of the pricing
# date (sale_date), so a card sold in 2022 gets the age it would have in 2026.
_reference_engineer_features = engineer_features


def engineer_features(frame):
    features = _reference_engineer_features(frame)
    today = pd.Timestamp("2026-01-01")
    return features.assign(card_age_years=(today - pd.to_datetime(frame["set_release_date"])).dt.days / 365.25)
