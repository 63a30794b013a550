# Known-wrong for kata 7.9: anchored rules, but only the data dictionary is brought back, so
# data/generate_dataset.py (the code that recreates the data) is never committed.

_reference_gitignore = ml_gitignore


def ml_gitignore():
    return _reference_gitignore().replace("!/data/*.py\n", "")
