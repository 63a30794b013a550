# Known-wrong for kata 8.2: the price check is "at least 0", so a sale recorded at $0 passes.
_reference_card_schema = card_schema


def card_schema():
    schema = _reference_card_schema()
    return schema.update_column("price_usd", checks=[pa.Check.ge(0)])
