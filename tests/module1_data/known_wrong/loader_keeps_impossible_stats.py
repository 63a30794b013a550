# Known-wrong for kata 1.1: drops only the stats that fail to parse, so HP -1, 0 and 9999 stay in.


def load_raw_pokemon(path):
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    raw = raw.rename(columns=lambda header: _RAW_NAMES[_normalise(header)])
    frame = pd.DataFrame({
        "pokemon_id": _numbers(raw["pokemon_id"]),
        "name": raw["name"].str.strip(),
        "type1": raw["type1"].str.strip().str.title(),
        "type2": _types_or_missing(raw["type2"]),
        **{column: _numbers(raw[column]) for column in STAT_COLUMNS},
        "generation": _numbers(raw["generation"]),
        "height_m": _numbers(raw["height_m"]),
        "weight_kg": _numbers(raw["weight_kg"].str.replace("kg", "", regex=False)),
        "capture_rate": _numbers(raw["capture_rate"]),
        "is_legendary": raw["is_legendary"].str.strip().str.lower().map(_boolean),
    })
    frame = frame.dropna(subset=list(STAT_COLUMNS))
    integers = ["pokemon_id", *STAT_COLUMNS, "generation", "capture_rate"]
    frame = frame.astype(dict.fromkeys(integers, "int64"))
    frame = frame.drop_duplicates().sort_values("pokemon_id").reset_index(drop=True)
    return frame[list(POKEMON_COLUMNS)]
