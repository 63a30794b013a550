# Known-wrong for kata 1.Q: the tempting answers: computers are deterministic, bigger models,
# watch the accuracy, polars always.


def answers():
    return {
        "same_output_twice": "a",
        "great_in_training_fails_in_production": "a",
        "column_renamed_upstream": "a",
        "polars_or_pandas": "b",
    }
