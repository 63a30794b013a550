# Known-wrong for kata 4.Q: the tempting answers: high accuracy is good, confidence is accuracy.


def answers():
    return {
        "spam_95_accurate": "a",
        "precision_or_recall": "b",
        "perfect_train_mediocre_test": "b",
        "eighty_percent_confident": "a",
        "unfair_to_group": "c",
    }
