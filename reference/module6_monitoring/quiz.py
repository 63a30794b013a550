"""Kata 6.Q: the module's questions: statements to judge and a number to work out."""

from __future__ import annotations

QUESTIONS = {
    "accuracy_drop_first_step": {
        "kind": "select",
        "question": "You deployed a model. A week later, accuracy drops from 85% to 60%. What do "
                    "you investigate first? Select every step that belongs at the start, for the "
                    "reason it gives.",
        "choices": {
            "a": "The model's hyperparameters, which drift on their own after deployment as the "
                 "model sees new data.",
            "b": "Whether the labels behind the 60% are complete and correct, since late or "
                 "partial labels can fake a drop.",
            "c": "Retrain at once on the latest data: that usually fixes a drop of this size and "
                 "is faster than investigating.",
            "d": "Whether the concept changed, since concept drift is the most common cause of a "
                 "sudden drop within a week.",
            "e": "Whether anything was deployed or changed around the time of the drop: model, "
                 "code, feature pipeline or upstream source.",
            "f": "Whether all the inputs are even possible: nulls, out-of-range values, unit or "
                 "schema changes from an upstream feed.",
        },
    },
    "data_vs_concept_drift": {
        "kind": "select",
        "question": "What's the difference between data drift and concept drift? Select every true "
                    "statement.",
        "choices": {
            "a": "Data drift: the inputs' distribution P(X) changes. Concept drift: the relation "
                 "P(y | X) between inputs and target changes.",
            "b": "Data drift typically lowers accuracy, so a detected drift calls for retraining "
                 "on the most recent data.",
            "c": "Inputs can drift while the model stays accurate, if they move within a region "
                 "the model handles well.",
            "d": "Data drift can be detected without labels; concept drift needs labels, or a "
                 "proxy for them, to show up.",
            "e": "They are one thing seen by two teams: data engineers call it data drift, data "
                 "scientists call it concept drift.",
            "f": "Concept drift can happen while every input distribution stays exactly where it "
                 "was, so input monitoring alone misses it.",
        },
    },
    "alert_every_violation": {
        "kind": "number",
        "question": "Should you alert on every metric violation? Why or why not? You monitor 6 "
                    "metrics, each checked once an hour. For a healthy model each check breaches "
                    "its threshold by chance with probability 1%, independently of all other "
                    "checks. If you page on every breach, how many false pages do you expect per "
                    "week? Round the final result to 1 decimal.",
        "decimals": 1,
    },
    "how_often_retrain": {
        "kind": "select",
        "question": "How often should you retrain your model? Select every true statement.",
        "choices": {
            "a": "As often as the hardware allows, since a model retrained more often can only get "
                 "better, whatever the data does.",
            "b": "Once a year, because most business data changes on a yearly cycle and annual "
                 "retrains match it.",
            "c": "Every night: the more often a model is retrained, the better it tends to "
                 "perform.",
            "d": "A schedule is a sensible floor, with triggers from labels and from drift added "
                 "to catch sudden changes.",
            "e": "Once the validation score is good, retraining is wasted: a model that was "
                 "accurate at launch stays accurate.",
            "f": "Each retrain costs and can make things worse, so a new model must beat the "
                 "current one before it ships.",
        },
    },
}


def answers() -> dict[str, set[str] | float]:
    """Return your answer to each question: ``{question_id: answer}``.

    A ``"select"`` question takes the set of letters of every true statement, e.g. ``{"b", "d"}``
    (at least one of its statements is true and at least one is false). A ``"number"`` question
    takes the value you work out from its scenario, an int or a float, rounded as the question
    says. The tests check each answer against a sealed key and show an explanation for every
    one you get right; a wrong answer tells you only that it is wrong, never which part.

    Why it matters: every model in production breaks eventually; these are the first
    questions of the incident, and answering them in order saves hours.
    """
    return {
        "accuracy_drop_first_step": {"b", "e", "f"},
        "data_vs_concept_drift": {"a", "c", "d", "f"},
        "alert_every_violation": 6 * 24 * 7 * 0.01,
        "how_often_retrain": {"d", "f"},
    }


_EXPLANATIONS = {
    "accuracy_drop_first_step": "The runbook goes from cheap and common to expensive and rare: are "
                                "the inputs possible, what changed, is the measurement itself "
                                "right, did the inputs drift, and only then did the concept "
                                "change. Retraining on broken inputs teaches the model the "
                                "breakage.",
    "data_vs_concept_drift": "Data drift is a change in P(X), visible without labels; concept "
                             "drift is a change in P(y | X), visible only with labels. Either can "
                             "happen without the other, and input drift can be harmless.",
    "alert_every_violation": "6 x 168 checks a week x 0.01 = 10.1 false pages a week, more than "
                             "one a day: people learn to ignore the pager. Warning and critical "
                             "thresholds and a breach that must last several readings in a row cut "
                             "the false alarms (three in a row at 1% each: about one in a "
                             "million).",
    "how_often_retrain": "The right period depends on how fast the data and the relation change; "
                         "monitoring tells you. Retraining is a release like any other: it costs, "
                         "it can make things worse, and it needs the same evaluation as the first "
                         "model.",
}
