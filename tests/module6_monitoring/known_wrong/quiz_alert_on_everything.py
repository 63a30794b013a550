# Known-wrong for kata 6.Q: pages on every violation.


def answers():
    return {"accuracy_drop_first_step": "a", "data_vs_concept_drift": "d",
            "alert_every_violation": "a", "how_often_retrain": "c"}
