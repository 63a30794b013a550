# Known-wrong for kata 6.Q: retrains first and asks questions later.


def answers():
    return {"accuracy_drop_first_step": "b", "data_vs_concept_drift": "d",
            "alert_every_violation": "b", "how_often_retrain": "c"}
