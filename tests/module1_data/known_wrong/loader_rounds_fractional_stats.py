# Known-wrong for kata 1.1: rounds a stat like 50.5 to a whole number instead of dropping the row:
# a guessed value the source never had.


def load_raw_pokemon(path):
    # Read everything as text first: parsing is our job, not read_csv's guesswork.
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
        "is_legendary": raw["is_legendary"].str.strip().str.lower(),
    })
    # A stat we cannot trust cannot be guessed either: drop the row rather than invent a value.
    stats = frame[list(STAT_COLUMNS)]
    stats = stats.round()  # 50.5 becomes a whole stat
    frame[list(STAT_COLUMNS)] = stats
    repairable = (stats.notna() & stats.ge(1) & stats.le(255)).all(axis=1)
    frame = frame[repairable]

    frame["is_legendary"] = frame["is_legendary"].map(_boolean)
    integers = ["pokemon_id", *STAT_COLUMNS, "generation", "capture_rate"]
    frame = frame.astype({**dict.fromkeys(integers, "int64"), "is_legendary": "bool"})
    # Duplicates are only visible once spellings agree, so deduplicate after parsing.
    frame = frame.drop_duplicates().sort_values("pokemon_id").reset_index(drop=True)
    return frame[list(POKEMON_COLUMNS)]
