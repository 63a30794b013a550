# Known-wrong for kata 1.2: checks the weight with ge(0) (the height got gt(0)), so a weight of
# exactly 0 kg passes although the contract says greater than 0.

_schema = pokemon_schema


def pokemon_schema():
    return _schema().update_columns({"weight_kg": {"checks": [pa.Check.ge(0)]}})
