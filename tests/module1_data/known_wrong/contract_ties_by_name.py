# Known-wrong for kata 1.6: sorts the (ratio, new, old) tuples in reverse, so equal ratios are
# broken by the names (last in alphabetical order first), not by the caller's order.


def suggest_renames(missing, unexpected):
    def normalised(name):
        return "".join(ch for ch in name.lower() if ch.isalnum())

    scored = sorted(((difflib.SequenceMatcher(None, normalised(new), normalised(old)).ratio(), new, old)
                     for new in unexpected for old in missing), reverse=True)
    renames = {}
    for ratio, new, old in scored:
        if ratio >= 0.6 and new not in renames and old not in renames.values():
            renames[new] = old
    return renames
