"""Kata 5.Q: the module's questions: statements to judge."""

from __future__ import annotations

QUESTIONS = {
    "latency_budget": {
        "kind": "select",
        "question": "Training takes 1 hour. Inference must complete in under 100 ms. How do you "
                    "approach this? Select every true statement.",
        "choices": {
            "a": "Loading the model can cost more than scoring, so it belongs at start-up, never "
                 "in the request handler.",
            "b": "A mean latency well under 100 ms over many requests means that each single "
                 "request meets the budget.",
            "c": "Move work that does not depend on the request to start-up: load the model once, "
                 "precompute encodings and weights.",
            "d": "The two budgets conflict: a model that takes an hour to train cannot answer in "
                 "100 ms, so train a smaller model first.",
            "e": "Retrain the model inside each request on the latest data so answers stay fresh; "
                 "100 ms is usually enough for that.",
            "f": "Measure the tail (p99) over realistic requests, not only the mean, because the "
                 "budget holds for every request.",
        },
    },
    "malformed_input": {
        "kind": "select",
        "question": "A user sends malformed input that crashes your API. Who is responsible: you "
                    "or the user? Select every true statement.",
        "choices": {
            "a": "The input is the client's to fix, but the crash is the service's fault: validate "
                 "at the door and answer 422 naming the field.",
            "b": "Declaring the contract once, as in a Pydantic model, can keep the docs, the "
                 "checks and the error messages in agreement.",
            "c": "The user is: a service may answer malformed input with a 500, since the request "
                 "was wrong anyway.",
            "d": "A 5xx says the server broke; bad input must get a 4xx, so client errors and "
                 "service errors stay apart in monitoring.",
            "e": "A hand-written check such as 'if v < 1 or v > 255: reject' refuses NaN, because "
                 "NaN lies outside every range.",
            "f": "Silently replacing invalid fields with defaults and returning a prediction is "
                 "usually the friendliest behaviour for the client.",
        },
    },
    "stale_training_data": {
        "kind": "select",
        "question": "Your model was trained on 2024 data. It is now 2025. What changes might break "
                    "it? Select every true statement.",
        "choices": {
            "a": "A category unseen in training makes a scikit-learn one-hot encoder fail, "
                 "whatever its settings.",
            "b": "The input distribution moved: new products, prices or user groups that were rare "
                 "or absent in 2024.",
            "c": "The relation between the inputs and the target can change (concept drift), for "
                 "example after a new policy.",
            "d": "An upstream system changed a column's unit or encoding, so every later "
                 "prediction reads other values under the same name.",
            "e": "Models lose accuracy over time because their saved weights slowly degrade on "
                 "disk.",
            "f": "Nothing can change while the code and the features stay the same, since a "
                 "model's quality depends only on its code.",
        },
    },
    "when_to_retrain": {
        "kind": "select",
        "question": "When do you retrain: on a schedule, when accuracy drops, or when data drifts? "
                    "Why? Select every true statement.",
        "choices": {
            "a": "Retraining on the newest data is safe whatever the cause, including when an "
                 "upstream feed sends impossible values.",
            "b": "A schedule is enough on its own: retraining every month catches any sudden break "
                 "quickly enough.",
            "c": "Combining the triggers covers each one's blind spot: a schedule misses sudden "
                 "breaks, accuracy needs labels, drift is not always harmful.",
            "d": "Drift tests can tell whether retraining will improve accuracy, so they typically "
                 "replace labels in a retraining policy.",
            "e": "Drift in the inputs can be harmless to the model, so drift alone calls for a "
                 "look rather than an automatic retrain.",
            "f": "Accuracy-based triggers need labels, which can arrive weeks late, so they react "
                 "late.",
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

    Why it matters: a served model is judged on every request; these are the questions an
    on-call engineer and a product lead will ask about yours.
    """
    raise NotImplementedError("kata 5.Q: implement answers")
