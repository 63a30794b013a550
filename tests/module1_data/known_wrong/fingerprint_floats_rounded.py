# Known-wrong for kata 1.5: rounds floats to 6 decimals before hashing "so float noise does not
# make a new version", so a real change in the 7th decimal keeps the fingerprint.

_exact_value_hashes = _value_hashes


def _value_hashes(column):
    if column.dtype.kind == "f":
        column = column.round(6)
    return _exact_value_hashes(column)
