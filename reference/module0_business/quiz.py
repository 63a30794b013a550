"""Kata 0.Q: the module's questions, as multiple choice."""

from __future__ import annotations

QUESTIONS = {
    "rule_instead_of_ml": {
        "question": "When should you NOT use ML and use a simple rule instead?",
        "choices": {
            "a": "When the dataset has fewer than a million rows.",
            "b": "When a short rule an expert can write and check already gives the right "
                 "answer: it is cheaper, exact, explainable and needs no retraining.",
            "c": "Never: a model can always learn the rule and will also find patterns the rule misses.",
            "d": "Only when the stakeholders do not trust ML.",
        },
    },
    "roi": {
        "question": "How do you calculate ROI for an ML project?",
        "choices": {
            "a": "Model accuracy multiplied by the number of predictions per month.",
            "b": "Monthly benefit divided by the build cost.",
            "c": "Lay out a monthly timeline of build cost, running cost and a benefit that ramps "
                 "up after launch; ROI = (total benefit - total cost) / total cost over a stated "
                 "horizon, with the payback month and a discounted value (NPV) beside it.",
            "d": "The improvement in the validation metric over the previous model, in percent.",
        },
    },
    "model_vs_business_metric": {
        "question": "What's the difference between a model metric and a business metric?",
        "choices": {
            "a": "A model metric (precision, recall, RMSE) measures prediction quality on data; a "
                 "business metric (money, hours, churn) measures what the organisation cares "
                 "about. You connect them through volumes and the value or cost of each kind of "
                 "right and wrong decision.",
            "b": "There is none: a better model metric always means a proportionally better business result.",
            "c": "Business metrics are model metrics computed on production data instead of test data.",
            "d": "Model metrics are for engineers and business metrics for managers; they need not be connected.",
        },
    },
    "realistic_expectations": {
        "question": "How do you set realistic expectations with stakeholders?",
        "choices": {
            "a": "Report the best validation score you observed so the project keeps its funding.",
            "b": "Avoid numbers: promise to improve the model until they are satisfied.",
            "c": "Share the full metric table so they can judge for themselves.",
            "d": "State the expected result in business units with its uncertainty (a range, not "
                 "a point), say what the model will not do and how it can fail, and agree up "
                 "front on the success measure and a plan for when it underperforms.",
        },
    },
}


def answers() -> dict[str, str]:
    """Return your answer to each question: ``{question_id: letter}``.

    Read ``QUESTIONS``, decide, and return one letter per question id, e.g.
    ``{"rule_instead_of_ml": "a", ...}``. The tests check each answer against a sealed key and
    show an explanation for every one you get right.

    Why it matters: these are the questions a hiring manager or a product lead will ask you;
    answering them quickly and correctly is half of framing an ML project well.
    """
    return {
        "rule_instead_of_ml": "b",
        "roi": "c",
        "model_vs_business_metric": "a",
        "realistic_expectations": "d",
    }


_EXPLANATIONS = {
    "rule_instead_of_ml": "If a short rule already answers correctly, a model only adds cost, "
                          "error and upkeep. ML earns its place when the pattern is too complex "
                          "to write down, labels exist, errors are tolerable and volume pays for it.",
    "roi": "ROI needs costs and benefits in the same units over the same period. A timeline "
           "shows that building costs come first and benefits arrive late and grow slowly; "
           "payback and NPV make that timing visible.",
    "model_vs_business_metric": "Precision 0.8 is worth nothing until you know how many cases "
                                "there are and what each right and wrong decision costs. Price "
                                "the expected confusion matrix and the model metric becomes money.",
    "realistic_expectations": "A range with the limits stated up front survives contact with "
                              "production; a single best-case number becomes a broken promise "
                              "the first time the model has a bad week.",
}
