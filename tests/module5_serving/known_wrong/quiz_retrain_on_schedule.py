# Known-wrong for kata 5.Q: believes a fixed schedule is enough.


def answers():
    return {"latency_budget": "b", "malformed_input": "c", "stale_training_data": "b",
            "when_to_retrain": "a"}
