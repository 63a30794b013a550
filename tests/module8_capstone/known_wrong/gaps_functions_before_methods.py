# Known-wrong for kata 8.8: lists the top-level functions' gaps first and the methods' after, not
# in line order.
_reference_documentation_gaps = documentation_gaps


def documentation_gaps(path):
    gaps = _reference_documentation_gaps(path)
    return [g for g in gaps if "." not in g.split(": ")[1]] + [g for g in gaps if "." in g.split(": ")[1]]
