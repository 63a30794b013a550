# Known-wrong for kata 1.6: pairs only above 0.6 (> instead of >=), so a ratio of exactly 0.6 is
# left out.


def suggest_renames(missing, unexpected):
    def normalised(name):
        return "".join(ch for ch in name.lower() if ch.isalnum())

    scored = sorted(((difflib.SequenceMatcher(None, normalised(new), normalised(old)).ratio(), new, old)
                     for new in unexpected for old in missing), key=lambda pair: -pair[0])
    renames = {}
    for ratio, new, old in scored:
        if ratio > 0.6 and new not in renames and old not in renames.values():
            renames[new] = old
    return renames
