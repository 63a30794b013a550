"""Kata 3.Q: the module's questions, as multiple choice."""

from __future__ import annotations

QUESTIONS = {
    "validation_90_test_70": {
        "question": "Your validation accuracy is 90% but test accuracy is 70%. What happened?",
        "choices": {
            "a": "The test set is simply harder; report the average of the two, 80%.",
            "b": "The validation score was optimistic: the model was tuned on the validation "
                 "data until it fitted its quirks, or validation and test differ (leakage into "
                 "validation, duplicates or groups straddling the split, a shift in time or "
                 "population between the sets).",
            "c": "The model underfits; add more features until the test score rises.",
            "d": "Random noise: rerun with another seed until test matches validation.",
        },
    },
    "logistic_over_xgboost": {
        "question": "When would you choose Logistic Regression over XGBoost, even if XGBoost is more accurate?",
        "choices": {
            "a": "Never: production should always run the most accurate model.",
            "b": "Only when the dataset has fewer than a thousand rows.",
            "c": "When the lead is within the noise between folds or too small to matter to the "
                 "business, and logistic regression wins on what does matter: latency, cost, "
                 "explainability to regulators or users, stability, and ease of maintenance.",
            "d": "When XGBoost takes more than a minute to train.",
        },
    },
    "tune_on_test": {
        "question": "You're tuning hyperparameters. Should you use test data to select the best model? Why not?",
        "choices": {
            "a": "Yes, it is the most realistic data, so it picks the best model.",
            "b": "Yes, as long as you also report the cross-validation score.",
            "c": "No, because the test set is usually too small to be useful.",
            "d": "No: choosing by test score fits the choice to the test set, so the reported test "
                 "score is biased upwards and no longer estimates performance on new data. Select "
                 "with cross-validation or a validation set; touch the test set once, at the end.",
        },
    },
    "accurate_but_pm_unhappy": {
        "question": "Your model is 90% accurate but your PM is unhappy. What might you be missing?",
        "choices": {
            "a": "90% accuracy can be worse than a baseline (92% of Pokémon are not legendary), "
                 "and accuracy ignores which errors happen: the PM may care about the rare class, "
                 "the cost of each kind of mistake, latency, or a business metric you never measured.",
            "b": "The PM wants 99%; tune harder.",
            "c": "The PM does not understand accuracy; explain the metric more clearly.",
            "d": "Accuracy should be reported on the training set, where it is higher.",
        },
    },
    "eight_hour_training": {
        "question": "Training takes 8 hours. How do you experiment efficiently?",
        "choices": {
            "a": "Run every idea at full scale overnight, one per night.",
            "b": "Iterate on a small sample and a fast model first, measure how time grows with "
                 "rows to estimate full runs, fix seeds and track every run, compare against a "
                 "baseline, and only scale up the few ideas that win at small scale.",
            "c": "Buy a bigger machine; experimentation speed is a hardware problem.",
            "d": "Skip cross-validation and baselines to save time.",
        },
    },
}


def answers() -> dict[str, str]:
    """Return your answer to each question: ``{question_id: letter}``.

    Read ``QUESTIONS``, decide, and return one letter per question id, e.g.
    ``{"validation_90_test_70": "a", ...}``. The tests check each answer against a sealed key
    and show an explanation for every one you get right.

    Why it matters: these are the judgement calls behind every training experiment; the katas
    of this module are the code, these are the reasons.
    """
    raise NotImplementedError("kata 3.Q: implement answers")
