# Known-wrong for kata 4.2: answers plain "recall" or "precision", a target that flagging everything
# (or one sure case) maximises.

_correct_choose_metric = choose_metric  # noqa: F821 (the reference's, in whose namespace this file runs)


def choose_metric(scenario):
    chosen = _correct_choose_metric(scenario)
    return {"recall_at_min_precision": "recall", "precision_at_min_recall": "precision"}.get(chosen, chosen)
