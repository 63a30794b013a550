"""Kata 5.Q: the Socratic questions of module 5, as multiple choice."""

from __future__ import annotations

QUESTIONS = {
    "latency_budget": {
        "question": "Training takes 1 hour. Inference must complete in under 100 ms. How do you approach this?",
        "choices": {
            "a": "Impossible: inference must be retrained faster first, since it repeats the training work.",
            "b": "Treat them as separate budgets: train offline, load the model once at start-up, "
                 "move every request-independent step out of the request path, then measure p99.",
            "c": "Cache every possible prediction in advance, whatever the input space.",
            "d": "Run inference on a GPU; that always brings it under 100 ms.",
        },
    },
    "malformed_input": {
        "question": "A user sends malformed input that crashes your API. Who is responsible: you or the user?",
        "choices": {
            "a": "The user: they broke the documented contract, so a 500 is fair.",
            "b": "Nobody: crashes on bad input are unavoidable in Python services.",
            "c": "You: the service must validate input and answer a clear 4xx (422) saying what to "
                 "fix; the user is responsible for fixing their request once told.",
            "d": "The load balancer, which should filter invalid requests before they arrive.",
        },
    },
    "stale_training_data": {
        "question": "Your model was trained on 2024 data. It is now 2025. What changes might break it?",
        "choices": {
            "a": "Only a new library version; data does not age.",
            "b": "Shifts in the inputs (new categories, new ranges, upstream format changes) and in "
                 "the relation between inputs and target; monitor both and compare to training.",
            "c": "Nothing, as long as the test accuracy was high in 2024.",
            "d": "Only the label distribution; the features always stay the same.",
        },
    },
    "when_to_retrain": {
        "question": "When do you retrain: (a) on a schedule, (b) when accuracy drops, (c) when data drifts? Why?",
        "choices": {
            "a": "Only on a schedule: it is predictable, and triggers are noise.",
            "b": "Only when accuracy drops: anything else retrains for nothing.",
            "c": "Combine them: a schedule as the floor, drift as the early warning (labels arrive "
                 "late), and a measured accuracy drop as the strongest trigger, each checked "
                 "before promoting the new model.",
            "d": "Never retrain automatically; rebuild the model from scratch each quarter.",
        },
    },
}


def answers() -> dict[str, str]:
    """Return your answer to every question: ``{question id: letter}``.

    Example:
        >>> answers()["latency_budget"] in QUESTIONS["latency_budget"]["choices"]  # doctest: +SKIP
        True

    Why: each question is a decision you will make in a design review; pick the answer you
    could defend there.
    """
    return {"latency_budget": "b", "malformed_input": "c", "stale_training_data": "b",
            "when_to_retrain": "c"}


_EXPLANATIONS = {
    "latency_budget": "Training time and inference time are unrelated budgets. Inference is one "
                      "forward pass; what makes it slow is per-request work that could be done "
                      "once (loading, building frames, precomputing weights).",
    "malformed_input": "Garbage in must never mean crash out. Validation at the edge turns a 500 "
                       "that pages you into a 422 that tells the client exactly what to change.",
    "stale_training_data": "Data drift (inputs change) and concept drift (the input-target relation "
                           "changes) both age a model; only monitoring against the training "
                           "distribution tells you which and when.",
    "when_to_retrain": "Each trigger covers the others' blind spot: schedules ignore sudden "
                       "change, accuracy needs labels that arrive late, and drift can be harmless. "
                       "Kata 6.7 turns this into a policy.",
}
