# Known-wrong for kata 5.Q: blames the user for a crash on malformed input.


def answers():
    return {"latency_budget": "b", "malformed_input": "a", "stale_training_data": "b",
            "when_to_retrain": "c"}
