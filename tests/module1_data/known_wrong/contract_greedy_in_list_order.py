# Known-wrong for kata 1.6: walks the unexpected columns in the caller's order and gives each the
# best missing column still free, so an earlier, weaker match can take a column from a better one.


def suggest_renames(missing, unexpected):
    def normalised(name):
        return "".join(ch for ch in name.lower() if ch.isalnum())

    renames = {}
    for new in unexpected:
        free = [old for old in missing if old not in renames.values()]
        scored = [(difflib.SequenceMatcher(None, normalised(new), normalised(old)).ratio(), old) for old in free]
        if scored:
            ratio, old = max(scored, key=lambda pair: pair[0])
            if ratio >= 0.6:
                renames[new] = old
    return renames
