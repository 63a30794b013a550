"""Kata 6.Q: the Socratic questions of module 6, as multiple choice."""

from __future__ import annotations

QUESTIONS = {
    "accuracy_drop_first_step": {
        "question": "You deployed a model. A week later, accuracy drops from 85% to 60%. What do you investigate first?",
        "choices": {
            "a": "The inputs: are the features arriving complete, in range and in the same units "
                 "as in training (a broken upstream feed is the most common cause)?",
            "b": "Retrain immediately on last week's data; investigation can wait.",
            "c": "Try a bigger model, since the current one is clearly too weak.",
            "d": "Lower the decision threshold until accuracy recovers.",
        },
    },
    "data_vs_concept_drift": {
        "question": "What is the difference between data drift and concept drift?",
        "choices": {
            "a": "None: they are two names for a drop in accuracy.",
            "b": "Data drift is a bug in the pipeline; concept drift is a bug in the model.",
            "c": "Data drift happens in training, concept drift in production.",
            "d": "Data drift: the distribution of the inputs changes. Concept drift: the relation "
                 "between inputs and target changes, even if the inputs look the same.",
        },
    },
    "alert_every_violation": {
        "question": "Should you alert on every metric violation? Why or why not?",
        "choices": {
            "a": "Yes: missing one violation is worse than any number of pages.",
            "b": "No: alert on sustained breaches, with warning and critical levels, so every "
                 "page is actionable; one-off blips go to a dashboard, not to a person.",
            "c": "No: alerts are unnecessary if there is a dashboard.",
            "d": "Yes, but only during office hours.",
        },
    },
    "how_often_retrain": {
        "question": "How often should you retrain your model?",
        "choices": {
            "a": "Every day, always: fresher is always better.",
            "b": "Never: a good model does not need retraining.",
            "c": "As often as the data changes enough to matter: a schedule matched to how fast "
                 "the domain moves, plus triggers from drift and measured accuracy, with every new "
                 "model validated before it replaces the old one.",
            "d": "Once a year, when the budget is renewed.",
        },
    },
}


def answers() -> dict[str, str]:
    """Return your answer to every question: ``{question id: letter}``.

    Example:
        >>> answers()["data_vs_concept_drift"] in QUESTIONS["data_vs_concept_drift"]["choices"]  # doctest: +SKIP
        True

    Why: on call, these are the first decisions you make, under pressure; decide them now.
    """
    raise NotImplementedError("kata 6.Q: implement answers")
