# Known-wrong for kata 1.2: gives height_m its range check but no dtype, so a height stored as
# whole numbers (int64) passes although the contract says float64.

_schema = pokemon_schema


def pokemon_schema():
    return _schema().update_columns({"height_m": {"dtype": None}})
