"""The clean Pokémon table's contract (kata 1.2's docstring), restated as examples.

This is not a schema and holds no solution: it lists, per column rule, cells a correct schema
must accept and cells it must reject, each set into one row of a clean table. Kata 1.2's tests
hold the learner's schema to these examples; kata 1.3's tests use the rule values (the types,
the stat range) to check that each fault really breaks a rule, so 1.3 can be done before or
after 1.2 and without the worked solutions. A meta-test (tests/meta/test_catalog.py) checks
that the worked schema accepts and rejects exactly these examples.
"""

from __future__ import annotations

#: The 18 types a Pokémon can have (as in kata 1.2's stub).
TYPES = ("Water", "Normal", "Grass", "Bug", "Psychic", "Fire", "Electric", "Rock", "Dragon",
         "Ground", "Ghost", "Dark", "Poison", "Steel", "Fighting", "Ice", "Fairy", "Flying")
STAT_COLUMNS = ("hp", "attack", "defense", "sp_attack", "sp_defense", "speed")
#: The smallest and the largest valid base stat.
STAT_RANGE = (1, 255)

#: (id, column, value, rule): a cell that a valid table may hold. The edges of every range are
#: here: a schema that is stricter than the contract rejects one of them.
ACCEPTED_CELLS = [
    *[(f"{column}-1", column, 1, "stats are 1-255, 1 included") for column in STAT_COLUMNS],
    *[(f"{column}-255", column, 255, "stats are 1-255, 255 included") for column in STAT_COLUMNS],
    ("generation-1", "generation", 1, "generation is 1-8"),
    ("generation-8", "generation", 8, "generation is 1-8"),
    ("capture-rate-3", "capture_rate", 3, "capture_rate is 3-255"),
    ("capture-rate-255", "capture_rate", 255, "capture_rate is 3-255"),
    ("height-tiny", "height_m", 0.01, "height_m is greater than 0"),
    ("weight-tiny", "weight_kg", 0.01, "weight_kg is greater than 0"),
    ("type2-missing", "type2", None, "type2 may be missing"),
    ("type2-flying", "type2", "Flying", "type2 is one of the 18 types"),
    ("name-unicode", "name", "Flabébé Ω", "any unique name"),
]

#: (id, column, value, rule): a cell that breaks exactly one rule of the contract.
REJECTED_CELLS = [
    *[(f"{column}-0", column, 0, "stats are 1-255") for column in STAT_COLUMNS],
    *[(f"{column}-256", column, 256, "stats are 1-255") for column in STAT_COLUMNS],
    ("speed-negative", "speed", -5, "stats are 1-255"),
    ("pokemon-id-0", "pokemon_id", 0, "pokemon_id is 1 or more"),
    ("generation-0", "generation", 0, "generation is 1-8"),
    ("generation-9", "generation", 9, "generation is 1-8"),
    ("capture-rate-2", "capture_rate", 2, "capture_rate is 3-255"),
    ("capture-rate-256", "capture_rate", 256, "capture_rate is 3-255"),
    ("height-0", "height_m", 0.0, "height_m is greater than 0"),
    ("weight-0", "weight_kg", 0.0, "weight_kg is greater than 0"),
    ("weight-negative", "weight_kg", -1.0, "weight_kg is greater than 0"),
    ("type1-unknown", "type1", "Plasma", "type1 is one of the 18 types"),
    ("type1-lowercase", "type1", "fire", "types are title-cased: one of the 18 types"),
    ("type2-lowercase", "type2", "fire", "types are title-cased: one of the 18 types"),
    ("type1-missing", "type1", None, "type1 is never missing"),
    ("name-missing", "name", None, "name is never missing"),
]
