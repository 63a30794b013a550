# Known-wrong for kata 1.1: stores type1 and type2 as pandas categories "to save memory"; the spec
# makes them text (str or object), and a category column fails kata 1.2's str dtype.

_load = load_raw_pokemon


def load_raw_pokemon(path):
    return _load(path).astype({"type1": "category", "type2": "category"})
