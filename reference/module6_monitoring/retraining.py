"""Kata 6.7: a retraining policy that weighs schedule, accuracy and drift, and knows when not to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

URGENCIES = ("none", "scheduled", "soon", "now")


@dataclass(frozen=True)
class RetrainDecision:
    """What the policy decided, and why.

    Attributes:
        retrain: whether to start a retraining run.
        urgency: ``"blocked"`` (inputs broken: fix them first), or one of ``URGENCIES``.
        reasons: every trigger that fired, in this order: ``"broken_input"``,
            ``"accuracy"``, ``"drift"``, ``"schedule"``.
    """

    retrain: bool
    urgency: str
    reasons: list[str] = field(default_factory=list)


def retraining_decision(*, days_since_training: int, baseline_accuracy: float,
                        recent_accuracy: float | None, drifted_columns: Sequence[str] = (),
                        broken_columns: Sequence[str] = (), max_age_days: int = 30,
                        max_accuracy_drop: float = 0.05) -> RetrainDecision:
    """Decide whether to retrain, combining the three classic triggers.

    The triggers, strongest first:

    * ``broken_input``: some inputs are broken (``broken_columns`` not empty). Never retrain
      on them: the model would learn the bug. ``retrain=False``, urgency ``"blocked"``,
      whatever else fired (the other reasons are still listed).
    * ``accuracy``: labels are in (``recent_accuracy`` is not None) and accuracy fell by more
      than ``max_accuracy_drop`` (strictly) below ``baseline_accuracy``: urgency ``"now"``.
    * ``drift``: some monitored columns drifted (kata 6.2). Labels arrive late, so drift is
      the early warning: urgency ``"soon"`` (unless something stronger fired).
    * ``schedule``: the model is ``max_age_days`` old or older: urgency ``"scheduled"``
      (unless something stronger fired).

    No trigger: ``retrain=False``, urgency ``"none"``, no reasons.

    Args:
        days_since_training: the model's age in days (>= 0).
        baseline_accuracy: accuracy at deployment, in [0, 1].
        recent_accuracy: accuracy on the latest labelled window, in [0, 1], or None when the
            labels have not arrived yet.
        drifted_columns: columns flagged by the drift monitor.
        broken_columns: columns with impossible values (kata 6.4).
        max_age_days: the schedule (>= 1).
        max_accuracy_drop: the tolerated fall in accuracy, e.g. 0.05 for 5 points.

    Returns:
        A ``RetrainDecision``.

    Raises:
        ValueError: for a negative age, an accuracy outside [0, 1] or ``max_age_days < 1``.

    Example:
        >>> retraining_decision(days_since_training=10, baseline_accuracy=0.87,
        ...                     recent_accuracy=0.65, drifted_columns=["defense"])
        RetrainDecision(retrain=True, urgency='now', reasons=['accuracy', 'drift'])

    Why: each trigger alone fails somewhere. A schedule ignores a sudden break, accuracy needs
    labels that may take weeks, drift can be harmless, and none of them should retrain on data
    that is simply broken.
    """
    if days_since_training < 0 or max_age_days < 1:
        raise ValueError(f"need days_since_training >= 0 and max_age_days >= 1, got "
                         f"{days_since_training} and {max_age_days}")
    for accuracy in (baseline_accuracy, recent_accuracy):
        if accuracy is not None and not 0.0 <= accuracy <= 1.0:
            raise ValueError(f"accuracy must lie in [0, 1], got {accuracy}")
    fired = {
        "broken_input": bool(broken_columns),
        "accuracy": recent_accuracy is not None
                    and baseline_accuracy - recent_accuracy > max_accuracy_drop,
        "drift": bool(drifted_columns),
        "schedule": days_since_training >= max_age_days,
    }
    reasons = [reason for reason, hit in fired.items() if hit]
    if fired["broken_input"]:
        return RetrainDecision(False, "blocked", reasons)
    urgency = ("now" if fired["accuracy"] else "soon" if fired["drift"]
               else "scheduled" if fired["schedule"] else "none")
    return RetrainDecision(urgency != "none", urgency, reasons)
