# Known-wrong for kata 1.6: scores the raw names, so 'HP' and 'hp' (ratio 0) or 'Sp. Atk' and
# 'sp_attack' are never paired.


def suggest_renames(missing, unexpected):
    scored = sorted(((difflib.SequenceMatcher(None, new, old).ratio(), new, old)
                     for new in unexpected for old in missing), key=lambda pair: -pair[0])
    renames = {}
    for ratio, new, old in scored:
        if ratio >= 0.6 and new not in renames and old not in renames.values():
            renames[new] = old
    return renames
