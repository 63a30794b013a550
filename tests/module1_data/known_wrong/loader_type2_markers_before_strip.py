# Known-wrong for kata 1.1: looks for the spellings of a missing type2 before stripping, so a
# padded " NA" or "None " survives as the type "Na" or "None".


def _types_or_missing(text):
    missing = text.isin(["", "None", "-", "NA"])
    return text.str.strip().str.title().where(~missing)
