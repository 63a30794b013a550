# Known-wrong for kata 0.Q: the tempting answers: ML always wins, ROI as benefit over build cost.


def answers():
    return {
        "rule_instead_of_ml": "c",
        "roi": "b",
        "model_vs_business_metric": "b",
        "realistic_expectations": "c",
    }
