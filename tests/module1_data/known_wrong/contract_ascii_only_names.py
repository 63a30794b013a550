# Known-wrong for kata 1.6: normalises with the regex [^a-z0-9], which deletes every letter outside
# the English alphabet, so 'ポポン (new)' becomes 'new' and is never paired with 'ポポン'.
import re


def suggest_renames(missing, unexpected):
    def normalised(name):
        return re.sub(r"[^a-z0-9]", "", name.lower())

    scored = sorted(((difflib.SequenceMatcher(None, normalised(new), normalised(old)).ratio(), new, old)
                     for new in unexpected for old in missing), key=lambda pair: -pair[0])
    renames = {}
    for ratio, new, old in scored:
        if ratio >= 0.6 and new not in renames and old not in renames.values():
            renames[new] = old
    return renames
