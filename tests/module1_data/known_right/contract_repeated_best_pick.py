# Known-right for kata 1.6: sets for the column comparison, and a max-ratio pick repeated until no
# pair of free columns reaches 0.6 (ties resolved by the callers' order through the index keys).


def suggest_renames(missing, unexpected):
    def normalised(name):
        return "".join(ch for ch in name.lower() if ch.isalnum())

    free_new, free_old = list(unexpected), list(missing)
    renames = {}
    while free_new and free_old:
        candidates = [(-difflib.SequenceMatcher(None, normalised(new), normalised(old)).ratio(),
                       unexpected.index(new), missing.index(old), new, old)
                      for new in free_new for old in free_old]
        score, _, _, new, old = min(candidates)
        if -score < 0.6:
            break
        renames[new] = old
        free_new.remove(new)
        free_old.remove(old)
    return renames


def check_columns(frame, expected):
    present = [str(column) for column in frame.columns]
    missing = [name for name in expected if name not in set(present)]
    unexpected = [name for name in present if name not in set(expected)]
    if missing or unexpected:
        hints = [f"{new!r} looks like {old!r}" for new, old in suggest_renames(missing, unexpected).items()]
        raise ColumnContractError(f"columns differ from the contract: missing {missing!r}, unexpected "
                                  f"{unexpected!r}" + (": " + ", ".join(hints) if hints else ""))
