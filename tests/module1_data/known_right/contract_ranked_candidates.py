# Known-right for kata 1.6: every candidate pair ranked once by (best ratio, position in
# unexpected, position in missing), then taken in that order while both columns are free;
# the message is built from f-strings with !r.
import difflib

import pandas as pd


def _normalised(name):
    return "".join(ch for ch in str(name).lower() if ch.isalnum())


def suggest_renames(missing, unexpected):
    candidates = []
    for new_at, new in enumerate(unexpected):
        for old_at, old in enumerate(missing):
            a, b = _normalised(new), _normalised(old)
            ratio = 1.0 if a == b else difflib.SequenceMatcher(None, a, b).ratio()
            if ratio >= 0.6:
                candidates.append((-ratio, new_at, old_at))
    used_new, used_old, pairs = set(), set(), {}
    for _, new_at, old_at in sorted(candidates):
        if new_at not in used_new and old_at not in used_old:
            used_new.add(new_at)
            used_old.add(old_at)
            pairs[unexpected[new_at]] = missing[old_at]
    return pairs


def check_columns(frame: pd.DataFrame, expected):
    have = list(frame.columns)
    missing = [c for c in expected if c not in have]
    unexpected = [c for c in have if c not in expected]
    if not missing and not unexpected:
        return None
    message = f"columns do not match the contract: missing {missing!r}; unexpected {unexpected!r}"
    for new, old in suggest_renames(missing, unexpected).items():
        message += f"; {new!r} looks like {old!r} renamed upstream"
    raise ColumnContractError(message)
