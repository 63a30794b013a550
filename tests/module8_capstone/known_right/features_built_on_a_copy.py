# Known-right for kata 8.3: another feature set (a log of the stats, no gem-mint flag), built
# column by column on a copy, with the age in Timedelta arithmetic.
def engineer_features(frame):
    out = frame.copy()
    sale = pd.to_datetime(out["sale_date"])
    release = pd.to_datetime(out["set_release_date"])
    year = pd.Timedelta(days=365.25)
    out["card_age_years"] = (sale - release) / year
    out["market_years"] = (sale - pd.Timestamp(MARKET_ORIGIN)) / year
    grade = out["grade"].astype("Float64")
    out["is_graded"] = grade.notna().astype(int)
    out["grade_or_zero"] = grade.fillna(0).to_numpy(dtype=float)
    out["rarity_rank"] = out["rarity"].map({r: i for i, r in enumerate(RARITY_ORDER)}).fillna(-1).astype(float)
    out["log_stat_total"] = np.log1p(out["hp"] + out["attack"])
    return out


def feature_documentation():
    why = {"card_age_years": "older sets are scarcer", "market_years": "the market grows over time",
           "is_graded": "a graded card is verified", "grade_or_zero": "a better grade sells higher",
           "rarity_rank": "rarer cards cost more", "log_stat_total": "strong Pokémon are popular"}
    return [{"feature": name, "description": f"{name}, computed from the row's own columns",
             "rationale": reason, "leakage_check": "known when the card is listed; never reads price_usd"}
            for name, reason in why.items()]
