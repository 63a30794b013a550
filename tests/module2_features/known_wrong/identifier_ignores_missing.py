# Known-wrong for kata 2.5: checks uniqueness among the present values only, so a text column with
# gaps (not a key: a key is never missing) is called an identifier.


def _is_identifier(values):
    kind_fits = pd.api.types.is_integer_dtype(values) or pd.api.types.is_string_dtype(values) \
        or pd.api.types.is_object_dtype(values)
    present = values.dropna()
    return kind_fits and not pd.api.types.is_bool_dtype(values) and len(values) >= 2 and present.is_unique
