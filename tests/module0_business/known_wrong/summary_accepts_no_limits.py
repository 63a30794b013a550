# Known-wrong for kata 0.4: writes the paragraph even when nobody said what the model will not do.
import dataclasses

_checked_summary = stakeholder_summary


def stakeholder_summary(results):
    if not results.will_not_do:
        results = dataclasses.replace(results, will_not_do=("nothing we know of",))
    return _checked_summary(results)
