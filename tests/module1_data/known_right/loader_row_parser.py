# Known-right for kata 1.1: parses each row with plain Python through the csv module (a parser per
# column), builds the frame from the parsed records, then filters, deduplicates and sorts.
import csv
import math

_HEADERS = {
    "pokemonid": "pokemon_id", "name": "name", "type1": "type1", "type2": "type2", "hp": "hp",
    "attack": "attack", "defense": "defense", "spatk": "sp_attack", "spdef": "sp_defense",
    "speed": "speed", "generation": "generation", "heightm": "height_m", "weightkg": "weight_kg",
    "capturerate": "capture_rate", "legendary": "is_legendary",
}


def _number(text):
    try:
        return float(text.strip().removesuffix("kg").strip())
    except ValueError:
        return math.nan


def _type_or_none(text):
    cleaned = text.strip()
    return None if cleaned.lower() in {"", "-", "none", "na", "n/a", "nan", "null"} else cleaned.title()


def _whole_stat(value):
    return not math.isnan(value) and value.is_integer() and 1 <= value <= 255


def load_raw_pokemon(path):
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = ["".join(ch for ch in h.lower() if ch.isalnum()) for h in next(reader, [])]
        names = [_HEADERS[h] for h in header]
        records = []
        for raw in reader:
            row = dict(zip(names, raw))
            parsed = {
                "pokemon_id": _number(row["pokemon_id"]), "name": row["name"].strip(),
                "type1": row["type1"].strip().title(), "type2": _type_or_none(row["type2"]),
                **{c: _number(row[c]) for c in STAT_COLUMNS},
                "generation": _number(row["generation"]), "height_m": _number(row["height_m"]),
                "weight_kg": _number(row["weight_kg"]), "capture_rate": _number(row["capture_rate"]),
                "is_legendary": row["is_legendary"].strip().lower() in {"true", "yes", "1", "1.0"},
            }
            if all(_whole_stat(parsed[c]) for c in STAT_COLUMNS):
                records.append(parsed)
    frame = pd.DataFrame(records, columns=list(POKEMON_COLUMNS))
    integers = ["pokemon_id", *STAT_COLUMNS, "generation", "capture_rate"]
    frame = frame.astype({**dict.fromkeys(integers, "int64"), "height_m": "float64",
                          "weight_kg": "float64", "is_legendary": "bool"})
    frame["type2"] = frame["type2"].astype(object)
    return frame.drop_duplicates().sort_values("pokemon_id", kind="stable").reset_index(drop=True)
