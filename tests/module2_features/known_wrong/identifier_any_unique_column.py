# Known-wrong for kata 2.5: calls every column with unique values an identifier, floats included,
# so a precise measurement is thrown away as if it were a row number.


def _is_identifier(values):
    return len(values) >= 2 and values.notna().all() and values.is_unique
