# Known-wrong for kata 8.2: "no sale before its set's release date" written as sale_date >
# set_release_date, so a card sold on its release day is refused.
_reference_card_schema = card_schema


def card_schema():
    schema = _reference_card_schema()
    checks = [check for check in schema.checks if check.name != "sold_after_release"]
    checks.append(pa.Check(lambda df: df["sale_date"] > df["set_release_date"], name="sold_after_release"))
    return schema.set_checks(checks) if hasattr(schema, "set_checks") else pa.DataFrameSchema(
        schema.columns, checks=checks)
