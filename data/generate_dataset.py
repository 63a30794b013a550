"""Generate every dataset the katas use: seeded, offline and byte-identical from run to run.

Run it with ``uv run python data/generate_dataset.py``; the files land in ``data/generated/``
(see ``data/README.md`` for the data dictionary). Tests call :func:`ensure_generated`, which
writes the files only when they are missing or were made by another version of this script.

Everything is drawn from one seeded ``numpy.random.Generator`` per dataset, so adding a dataset
never changes the others. Each lesson is designed to be true on these data: legendary is rare
(8%), HP and defense are strongly correlated, ``capture_rate`` leaks the target, the raw file has
real-looking faults, production batches drift in documented columns, and the card sales have
dates for time-based splits and can be regenerated with another seed for a hidden test set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

#: Bump when the output of any generator changes; :func:`ensure_generated` then regenerates.
GENERATOR_VERSION = "3"

SEED = 42
DEFAULT_DIR = Path(__file__).resolve().parent / "generated"

N_POKEMON = 800
N_LEGENDARY = 64  # 8% of the table
TYPES = [
    "Water", "Normal", "Grass", "Bug", "Psychic", "Fire", "Electric", "Rock", "Dragon",
    "Ground", "Ghost", "Dark", "Poison", "Steel", "Fighting", "Ice", "Fairy", "Flying",
]
TYPE_WEIGHTS = np.array([14, 12, 9, 9, 7, 7, 6, 6, 4, 4, 4, 4, 4, 3, 3, 3, 3, 2], dtype=float)
STAT_COLUMNS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
POKEMON_COLUMNS = [
    "pokemon_id", "name", "type1", "type2", *STAT_COLUMNS, "generation",
    "height_m", "weight_kg", "capture_rate", "is_legendary",
]
UNICODE_NAMES = ["Flabébé", "Nidoran♀", "Nidoran♂", "Farfetch’d", "Mr. Mime", "Type: Null",
                 "Porygon-Z", "Ho-Oh", "Mimikyu✦", "Ñandú"]

# Raw-file faults: the pokemon_ids whose rows cannot be repaired (the loader must drop them).
N_UNREPAIRABLE = 12
N_RAW_DUPLICATES = 15
RAW_COLUMN_NAMES = {
    "pokemon_id": "Pokemon ID", "name": " Name ", "type1": "Type 1", "type2": "Type 2",
    "hp": "HP", "attack": "Attack", "defense": "Defense", "sp_attack": "Sp. Atk",
    "sp_defense": "Sp. Def", "speed": "Speed", "generation": "Generation",
    "height_m": "Height (m)", "weight_kg": "Weight (kg)", "capture_rate": "Capture Rate",
    "is_legendary": "Legendary",
}

# Production batches: which columns each batch drifts (the ground truth for module 6).
N_BATCH_ROWS = 1000
DRIFTED_COLUMNS: dict[str, list[str]] = {
    "batch_01": [],
    "batch_02": [],
    "batch_03": ["attack"],
    "batch_04": ["type1"],
    "batch_05": ["hp", "speed"],
    "batch_06": ["defense", "generation", "type1"],
}
MONITORED_COLUMNS = ["type1", "hp", "attack", "defense", "sp_attack", "sp_defense", "speed",
                     "generation"]

# Incidents (module 6).
ACCURACY_DROP_BROKEN_COLUMN = "defense"
LATENCY_BAD_DEPLOY = "v2.4.0"
ONE_CLASS_SKEWED_COLUMNS = list(STAT_COLUMNS)

# Card sales (capstone).
N_CARD_SALES = 4000
CARD_SETS = [  # name, release date
    ("Base Set", "1999-01-09"), ("Jungle", "1999-06-16"), ("Fossil", "1999-10-10"),
    ("Team Rocket", "2000-04-24"), ("Neo Genesis", "2000-12-16"), ("EX Ruby & Sapphire", "2003-07-01"),
    ("Diamond & Pearl", "2007-05-23"), ("HeartGold SoulSilver", "2010-02-10"),
    ("XY", "2014-02-05"), ("Sun & Moon", "2017-02-03"), ("Sword & Shield", "2020-02-07"),
    ("Scarlet & Violet", "2023-03-31"),
]
RARITIES = ["Common", "Uncommon", "Rare", "Holo Rare", "Ultra Rare", "Secret Rare"]
RARITY_WEIGHTS = np.array([30, 25, 20, 13, 8, 4], dtype=float)
RARITY_LOG_PRICE = dict(zip(RARITIES, [0.3, 0.7, 1.5, 2.4, 3.2, 3.9]))
LANGUAGES = ["English", "Japanese", "German", "French"]
LANGUAGE_WEIGHTS = np.array([60, 25, 8, 7], dtype=float)
CARD_SALES_START = "2022-01-01"
CARD_SALES_END = "2025-12-31"


# --------------------------------------------------------------------------- Pokémon


def _names(rng: np.random.Generator, n: int) -> list[str]:
    """Unique made-up names, with a few unicode ones mixed in."""
    starts = ["Bul", "Char", "Squir", "Pik", "Ee", "Mew", "Gar", "Lu", "Dra", "Ven", "Spi", "Kab",
              "Ony", "Gen", "Slo", "Tau", "Lap", "Snor", "Zap", "Mol", "Art", "Chi", "Cyn", "Tot"]
    middles = ["a", "o", "i", "u", "e", "ar", "el", "on", "ys", "im"]
    ends = ["saur", "mander", "tle", "chu", "vee", "two", "dos", "gia", "nite", "pede", "ix",
            "gar", "bro", "ros", "ras", "lax", "dos", "tres", "no", "rita", "quil", "dile"]
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < n - len(UNICODE_NAMES):
        name = rng.choice(starts) + rng.choice(middles) + rng.choice(ends)
        if name not in seen:
            seen.add(name)
            names.append(str(name))
    positions = rng.choice(n, size=len(UNICODE_NAMES), replace=False)
    for position, special in sorted(zip(positions, UNICODE_NAMES)):
        names.insert(int(position), special)
    return names


def _draw_types(rng: np.random.Generator, n: int, weights: np.ndarray = TYPE_WEIGHTS):
    type1 = rng.choice(TYPES, size=n, p=weights / weights.sum())
    type2 = rng.choice(TYPES, size=n, p=TYPE_WEIGHTS / TYPE_WEIGHTS.sum()).astype(object)
    type2[(rng.random(n) < 0.5) | (type2 == type1)] = None
    return type1, type2


def _draw_stats(rng: np.random.Generator, legendary: np.ndarray) -> dict[str, np.ndarray]:
    """Six base stats. A shared power factor (raised for legendaries) moves all six together,
    and a shared bulk factor ties HP to defense, so their correlation is strong (about 0.7)."""
    n = len(legendary)
    power = rng.normal(0, 1, n) + 2.2 * legendary
    bulk = rng.normal(0, 1, n)
    centre = {"hp": 68, "attack": 76, "defense": 72, "sp_attack": 70, "sp_defense": 70, "speed": 67}
    loading = {"hp": 0.75, "defense": 0.75, "sp_defense": 0.25}
    stats = {}
    for column in STAT_COLUMNS:
        value = centre[column] + 16 * power + 18 * loading.get(column, 0.0) * bulk \
            + 12 * rng.normal(0, 1, n)
        stats[column] = np.clip(np.round(value), 5, 255).astype(int)
    return stats


def make_pokemon(seed: int = SEED) -> pd.DataFrame:
    """The clean Pokémon table: one row per species, ``is_legendary`` the (rare) target."""
    rng = np.random.default_rng([seed, 1])
    legendary = np.zeros(N_POKEMON, dtype=bool)
    legendary[rng.choice(N_POKEMON, size=N_LEGENDARY, replace=False)] = True
    type1, type2 = _draw_types(rng, N_POKEMON)
    stats = _draw_stats(rng, legendary)
    total = sum(stats.values())
    height = np.round(np.exp(rng.normal(0.0, 0.55, N_POKEMON) + 0.35 * legendary), 1).clip(0.1)
    weight = np.round(np.exp(rng.normal(3.3, 0.9, N_POKEMON) + 0.004 * (stats["hp"] - 68)
                             + 0.8 * legendary), 1).clip(0.1)
    # Capture rate is set by the game designers *because* a species is legendary: a target proxy.
    capture = np.where(legendary, rng.choice([3, 3, 3, 45], N_POKEMON),
                       np.clip(np.round(255 - (total - 250) * 0.45 + rng.normal(0, 25, N_POKEMON)),
                               25, 255)).astype(int)
    frame = pd.DataFrame({
        "pokemon_id": np.arange(1, N_POKEMON + 1),
        "name": _names(rng, N_POKEMON),
        "type1": type1,
        "type2": pd.array(type2, dtype="string"),
        **stats,
        "generation": (np.arange(N_POKEMON) // (N_POKEMON // 8) + 1).astype(int),
        "height_m": height,
        "weight_kg": weight,
        "capture_rate": capture,
        "is_legendary": legendary,
    })
    return frame[POKEMON_COLUMNS]


def _messy_number(rng: np.random.Generator, value: float, unit: str = "") -> str:
    style = rng.integers(0, 4)
    if style == 0:
        return f"{value:g}"
    if style == 1:
        return f" {value:.1f}"
    if style == 2:
        return f"{value:g}{unit}" if unit else f"{value:g} "
    return f"{value:g}"


def make_raw_pokemon(clean: pd.DataFrame, seed: int = SEED) -> tuple[pd.DataFrame, list[int]]:
    """The messy export the loader must standardise, and the ids of rows it cannot repair.

    Repairable faults: renamed columns with spaces and units, type names in random case with
    padding, several spellings of a missing type2 and of booleans, numbers as text with stray
    spaces, ``kg`` units in weights, shuffled rows and exact duplicate rows.
    Unrepairable faults (rows to drop): a missing or impossible HP, or a missing attack.
    """
    rng = np.random.default_rng([seed, 2])
    raw = pd.DataFrame(index=clean.index)
    raw["pokemon_id"] = clean["pokemon_id"].astype(str)
    raw["name"] = [f"{n} " if rng.random() < 0.1 else n for n in clean["name"]]
    raw["type1"] = [_messy_case(rng, t) for t in clean["type1"]]
    missing_type2 = ["", "None", "-", "NA"]
    raw["type2"] = [str(rng.choice(missing_type2)) if pd.isna(t) else _messy_case(rng, t)
                    for t in clean["type2"]]
    for column in [*STAT_COLUMNS, "generation", "capture_rate", "height_m"]:
        raw[column] = [_messy_number(rng, v) for v in clean[column]]
    raw["weight_kg"] = [_messy_number(rng, v, " kg") for v in clean["weight_kg"]]
    truthy, falsy = ["True", "TRUE", "yes", "1"], ["False", "false", "no", "0"]
    raw["is_legendary"] = [str(rng.choice(truthy if v else falsy)) for v in clean["is_legendary"]]

    bad_ids = sorted(int(i) for i in rng.choice(clean["pokemon_id"], N_UNREPAIRABLE, replace=False))
    faults = ["?", "", "-1", "9999", "n/a"]
    for k, pokemon_id in enumerate(bad_ids):
        row = raw.index[raw["pokemon_id"] == str(pokemon_id)][0]
        if k % 4 == 3:
            raw.loc[row, "attack"] = "?"
        else:
            raw.loc[row, "hp"] = faults[k % len(faults)]

    duplicates = raw.sample(N_RAW_DUPLICATES, random_state=int(rng.integers(1 << 31)))
    raw = pd.concat([raw, duplicates])
    raw = raw.sample(frac=1.0, random_state=int(rng.integers(1 << 31))).reset_index(drop=True)
    return raw.rename(columns=RAW_COLUMN_NAMES), bad_ids


def _messy_case(rng: np.random.Generator, word: str) -> str:
    style = rng.integers(0, 5)
    return [word, word.lower(), word.upper(), f" {word}", f"{word.lower()} "][style]


# --------------------------------------------------------------------------- production


def _production_rows(rng: np.random.Generator, n: int, *, attack_shift: float = 0.0,
                     type_weights: np.ndarray = TYPE_WEIGHTS, hp_scale: float = 1.0,
                     speed_shift: float = 0.0, defense_shift: float = 0.0,
                     generation_weights: np.ndarray | None = None) -> pd.DataFrame:
    legendary = rng.random(n) < N_LEGENDARY / N_POKEMON
    type1, type2 = _draw_types(rng, n, type_weights)
    stats = _draw_stats(rng, legendary)
    stats["attack"] = np.clip(stats["attack"] + attack_shift, 5, 255).astype(int)
    stats["hp"] = np.clip(np.round(stats["hp"] * hp_scale), 5, 255).astype(int)
    stats["speed"] = np.clip(stats["speed"] + speed_shift, 5, 255).astype(int)
    stats["defense"] = np.clip(stats["defense"] + defense_shift, 5, 255).astype(int)
    weights = np.ones(8) if generation_weights is None else generation_weights
    generation = rng.choice(np.arange(1, 9), size=n, p=weights / weights.sum())
    return pd.DataFrame({"type1": type1, "type2": pd.array(type2, dtype="string"), **stats,
                         "generation": generation, "is_legendary": legendary})


def make_production_batches(seed: int = SEED) -> dict[str, pd.DataFrame]:
    """A reference sample and six weekly batches; :data:`DRIFTED_COLUMNS` lists each batch's drift."""
    rng = np.random.default_rng([seed, 3])
    water_heavy = TYPE_WEIGHTS.copy()
    water_heavy[TYPES.index("Water")] *= 3.0
    water_heavy[TYPES.index("Dragon")] *= 2.5
    new_generation = np.array([1, 1, 1, 1, 1, 1, 1, 5], dtype=float)
    settings = {
        "reference": {},
        "batch_01": {},
        "batch_02": {},
        "batch_03": {"attack_shift": 18},
        "batch_04": {"type_weights": water_heavy},
        "batch_05": {"hp_scale": 1.3, "speed_shift": -15},
        "batch_06": {"defense_shift": 20, "generation_weights": new_generation,
                     "type_weights": water_heavy},
    }
    start = pd.Timestamp("2026-01-05")
    batches = {}
    for week, (name, kwargs) in enumerate(settings.items()):
        n = 2 * N_BATCH_ROWS if name == "reference" else N_BATCH_ROWS
        frame = _production_rows(rng, n, **kwargs)
        offsets = np.sort(rng.integers(0, 7 * 24 * 3600, n))
        frame.insert(0, "timestamp", start + pd.Timedelta(weeks=week) + pd.to_timedelta(offsets, "s"))
        batches[name] = frame
    return batches


# --------------------------------------------------------------------------- incidents


def make_incidents(seed: int = SEED) -> dict[str, pd.DataFrame]:
    """The three incidents of module 6, as the data an on-call engineer would pull."""
    rng = np.random.default_rng([seed, 4])
    incidents: dict[str, pd.DataFrame] = {}

    # 1. Accuracy drop: a new upstream source sends a missing defense as the sentinel 999 for
    # about a quarter of rows; the model reads it as a huge defense and predicts legendary.
    before = _production_rows(rng, 1000)
    after = _production_rows(rng, 1000)
    broken = rng.random(len(after)) < 0.25
    after.loc[broken, ACCURACY_DROP_BROKEN_COLUMN] = 999
    incidents["accuracy_drop/week_before"] = before
    incidents["accuracy_drop/week_after"] = after

    # 2. Latency spike: request logs around a deploy that loads the model on every request.
    n = 3000
    seconds = np.sort(rng.integers(0, 6 * 3600, n))
    timestamp = pd.Timestamp("2026-03-02 09:00:00") + pd.to_timedelta(seconds, "s")
    deployed = seconds >= 3 * 3600
    latency = np.where(deployed, rng.normal(2000, 150, n), rng.normal(50, 8, n)).clip(5)
    incidents["latency_spike/requests"] = pd.DataFrame({
        "timestamp": timestamp,
        "request_id": [f"req-{i:05d}" for i in range(n)],
        "endpoint": rng.choice(["/predict", "/predict", "/predict", "/health"], n),
        "model_version": np.where(deployed, LATENCY_BAD_DEPLOY, "v2.3.1"),
        "latency_ms": np.round(latency, 1),
        "status_code": 200,
    })

    # 3. All predictions one class: the serving client sends stats divided by 100.
    training = _production_rows(rng, 1000)
    serving = _production_rows(rng, 1000)
    for column in ONE_CLASS_SKEWED_COLUMNS:
        serving[column] = serving[column] / 100.0
    serving = serving.drop(columns="is_legendary")
    serving["prediction"] = False
    incidents["one_class/training_sample"] = training
    incidents["one_class/serving_log"] = serving
    return incidents


# --------------------------------------------------------------------------- card sales


def make_card_sales(seed: int = SEED, n: int = N_CARD_SALES,
                    pokemon: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pokémon card sales for the capstone, sorted by ``sale_date``; ``price_usd`` is the target.

    Prices rise with rarity, grade, first edition, set age, legendary species and time (the
    market grows about 12% a year), so a split that shuffles across time leaks the future.
    Pass another ``seed`` to draw a fresh sample from the same market (a hidden test set).
    """
    pokemon = make_pokemon() if pokemon is None else pokemon
    rng = np.random.default_rng([seed, 5])
    start, end = pd.Timestamp(CARD_SALES_START), pd.Timestamp(CARD_SALES_END)
    days = np.sort(rng.integers(0, (end - start).days + 1, n))
    sale_date = start + pd.to_timedelta(days, "D")
    set_index = rng.integers(0, len(CARD_SETS), n)
    # A card cannot sell before its set is released: such draws fall back on a set already out
    # (CARD_SETS is in release order), without new random draws.
    set_dates = pd.to_datetime([date for _, date in CARD_SETS])
    released = np.searchsorted(set_dates.to_numpy(), sale_date.to_numpy(), side="right")
    set_index = np.where(set_index < released, set_index, set_index % released)
    set_name = np.array([CARD_SETS[i][0] for i in set_index])
    release = pd.to_datetime([CARD_SETS[i][1] for i in set_index])
    species = pokemon.iloc[rng.integers(0, len(pokemon), n)].reset_index(drop=True)
    rarity = rng.choice(RARITIES, n, p=RARITY_WEIGHTS / RARITY_WEIGHTS.sum())
    language = rng.choice(LANGUAGES, n, p=LANGUAGE_WEIGHTS / LANGUAGE_WEIGHTS.sum())
    vintage = release.year < 2001
    first_edition = vintage & (rng.random(n) < 0.3)
    holo = np.isin(rarity, ["Holo Rare", "Ultra Rare", "Secret Rare"]) | (rng.random(n) < 0.05)
    graded = rng.random(n) < 0.55
    grade = np.where(graded, np.clip(np.round(rng.normal(8.3, 1.2, n)), 1, 10), np.nan)

    set_age_years = (sale_date - release).days.to_numpy() / 365.25
    years_since_start = days / 365.25
    log_price = (
        np.array([RARITY_LOG_PRICE[r] for r in rarity])
        + 0.9 * species["is_legendary"].to_numpy()
        + 0.004 * (species[STAT_COLUMNS].sum(axis=1).to_numpy() - 420)
        + 0.05 * set_age_years
        + 1.1 * first_edition
        + 0.35 * holo
        + np.where(graded, 0.18 * (np.nan_to_num(grade) - 7) + 0.9 * (grade == 10), 0.0)
        + np.select([language == "Japanese", language == "English"], [0.15, 0.0], -0.3)
        + 0.12 * years_since_start
        + rng.normal(0, 0.35, n)
    )
    price = np.round(np.exp(log_price), 2).clip(0.25)
    return pd.DataFrame({
        "sale_id": np.arange(1, n + 1),
        "sale_date": sale_date,
        "pokemon_id": species["pokemon_id"].to_numpy(),
        "pokemon_name": species["name"].to_numpy(),
        "is_legendary": species["is_legendary"].to_numpy(),
        "hp": species["hp"].to_numpy(),
        "attack": species["attack"].to_numpy(),
        "set_name": set_name,
        "set_release_date": release,
        "rarity": rarity,
        "language": language,
        "is_first_edition": first_edition,
        "is_holo": holo,
        "grade": pd.array(grade, dtype="Int64"),
        "price_usd": price,
    })


# --------------------------------------------------------------------------- writing


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, lineterminator="\n", date_format="%Y-%m-%d %H:%M:%S")


def generate(out_dir: Path = DEFAULT_DIR, seed: int = SEED) -> list[Path]:
    """Write every dataset under ``out_dir`` and return the paths written, in order."""
    out_dir = Path(out_dir)
    pokemon = make_pokemon(seed)
    raw, bad_ids = make_raw_pokemon(pokemon, seed)
    files: dict[str, pd.DataFrame] = {
        "pokemon.csv": pokemon,
        "raw/pokemon_raw.csv": raw,
        "cards/card_sales.csv": make_card_sales(seed, pokemon=pokemon),
    }
    for name, frame in make_production_batches(seed).items():
        files[f"production/{name}.csv"] = frame
    for name, frame in make_incidents(seed).items():
        files[f"incidents/{name}.csv"] = frame

    written = []
    for relative, frame in files.items():
        _write_csv(frame, out_dir / relative)
        written.append(out_dir / relative)
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "raw_unrepairable_ids": bad_ids,
        "raw_duplicate_rows": N_RAW_DUPLICATES,
        "drifted_columns": DRIFTED_COLUMNS,
        "files": sorted(str(p.relative_to(out_dir)) for p in written),
    }
    manifest_path = out_dir / "manifest.json"
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    written.append(manifest_path)
    return written


def ensure_generated(out_dir: Path = DEFAULT_DIR) -> Path:
    """Generate the datasets unless ``out_dir`` already holds this version's output."""
    out_dir = Path(out_dir)
    manifest = out_dir / "manifest.json"
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        complete = recorded.get("generator_version") == GENERATOR_VERSION and all(
            (out_dir / name).exists() for name in recorded["files"])
    except (OSError, ValueError, KeyError):
        complete = False
    if not complete:
        generate(out_dir)
    return out_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_DIR, help="output folder")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed (default %(default)s)")
    args = parser.parse_args(argv)
    for path in generate(args.out, args.seed):
        print(path.relative_to(args.out.resolve()) if path.is_relative_to(args.out.resolve()) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
