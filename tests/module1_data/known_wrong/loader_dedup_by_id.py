# Known-wrong for kata 1.1: treats rows with the same pokemon_id as duplicates
# (drop_duplicates(subset="pokemon_id")), so a row that shares an id but differs elsewhere is lost.


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
    stats = frame[list(STAT_COLUMNS)]
    frame = frame[(stats.notna() & (stats % 1 == 0) & stats.ge(1) & stats.le(255)).all(axis=1)]
    integers = ["pokemon_id", *STAT_COLUMNS, "generation", "capture_rate"]
    frame = frame.astype({**dict.fromkeys(integers, "int64"), "is_legendary": "bool"})
    frame = frame.drop_duplicates(subset="pokemon_id").sort_values("pokemon_id").reset_index(drop=True)
    return frame[list(POKEMON_COLUMNS)]
