# Known-wrong for kata 2.5: the identifier check compares the dtype's name with those of the
# Pokémon table (int64, str, object), so an int32 or nullable Int64 id column is never flagged.


def _is_identifier(values):
    kind_fits = str(values.dtype) in ("int64", "str", "string", "object")
    return (kind_fits and len(values) >= 2 and values.notna().all() and values.is_unique)
