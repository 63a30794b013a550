"""Kata 3.Q: the module's questions: statements to judge and numbers to work out."""

from __future__ import annotations

QUESTIONS = {
    "validation_90_test_70": {
        "kind": "select",
        "question": "Your validation accuracy is 90% but test accuracy is 70%. What happened? "
                    "Select every statement that could explain it.",
        "choices": {
            "a": "The test set comes from another distribution, such as another period, region or "
                 "source.",
            "b": "The model is underfitting, since an underfit model typically scores high on "
                 "validation and low on test.",
            "c": "The model was chosen after many looks at the validation set, so that score "
                 "became a selected, optimistic best case.",
            "d": "Test accuracy is always lower than validation accuracy, so the gap says little "
                 "about the pipeline.",
            "e": "The test set is simply harder by chance: a 20-point gap is ordinary noise on a "
                 "test set of a few hundred rows.",
            "f": "Rows of one group (a customer, a species) sat on both sides of the validation "
                 "split but never across the test split.",
        },
    },
    "logistic_over_xgboost": {
        "kind": "select",
        "question": "When would you choose Logistic Regression over XGBoost, even if XGBoost is "
                    "more accurate? Select every true statement.",
        "choices": {
            "a": "When each decision must be explained to a customer or an auditor, since one "
                 "coefficient per feature can be read and audited directly.",
            "b": "When the data has more than a few thousand rows, since logistic regression "
                 "usually gains more from extra rows than boosting does.",
            "c": "When the serving latency or memory budget is tight, since scoring is a single "
                 "weighted sum per row.",
            "d": "Never: a model with better cross-validated accuracy is the better production "
                 "choice once the gap holds across folds.",
            "e": "When the mean of the paired per-fold differences is within about one standard "
                 "error of zero, so the lead may not be real at all.",
            "f": "When the features are strongly correlated, because logistic regression's "
                 "coefficients are unaffected by correlated features.",
        },
    },
    "tune_on_test": {
        "kind": "number",
        "question": "You're tuning hyperparameters. Should you use test data to select the best "
                    "model? To see why not: you compare 30 configurations that are truly equally "
                    "good. On the test set each one, independently, has a 5% chance of scoring "
                    "'significantly' above the rest by luck alone. What is the probability that at "
                    "least one of them does, so that picking the best on the test set crowns a "
                    "fluke? Round the final result to 4 decimals.",
        "decimals": 4,
    },
    "accurate_but_pm_unhappy": {
        "kind": "number",
        "question": "Your model is 90% accurate but your PM is unhappy. What might you be missing? "
                    "Out of 2,000 customers, 180 churned. The model flagged 120 customers, 45 of "
                    "whom churned. How many percentage points is the model's accuracy above a "
                    "baseline that predicts 'stays' for everyone (negative if below)? Round the "
                    "final result to 1 decimal.",
        "decimals": 1,
    },
    "eight_hour_training": {
        "kind": "number",
        "question": "Training takes 8 hours. How do you experiment efficiently? Start by "
                    "estimating before paying: fits on 10,000 rows take 30 s and on 40,000 rows "
                    "take 480 s. On log-log axes fit time against rows is a straight line through "
                    "these two points. Estimate the fit time on 160,000 rows, in minutes, as a "
                    "whole number.",
        "decimals": 0,
    },
}


def answers() -> dict[str, set[str] | float]:
    """Return your answer to each question: ``{question_id: answer}``.

    A ``"select"`` question takes the set of letters of every true statement, e.g. ``{"b", "d"}``
    (at least one of its statements is true and at least one is false). A ``"number"`` question
    takes the value you work out from its scenario, an int or a float, rounded as the question
    says. The tests check each answer against a sealed key and show an explanation for every
    one you get right; a wrong answer tells you only that it is wrong, never which part.

    Why it matters: these are the judgement calls behind every training experiment; the katas
    of this module are the code, these are the reasons.
    """
    return {
        "validation_90_test_70": {"a", "c", "f"},
        "logistic_over_xgboost": {"a", "c", "e"},
        "tune_on_test": 1 - 0.95 ** 30,
        "accurate_but_pm_unhappy": ((45 + (2000 - 180 - 75)) / 2000 - (2000 - 180) / 2000) * 100,
        "eight_hour_training": 480 * (160_000 / 40_000) ** 2 / 60,
    }


_EXPLANATIONS = {
    "validation_90_test_70": "A 20-point gap is far beyond sampling noise for a few hundred rows "
                             "(the standard error of an accuracy near 0.8 on 300 rows is about 2 "
                             "points). Look for selection on the validation set, a leak that "
                             "validation shares and test does not (groups, duplicates), or a "
                             "distribution shift between the two.",
    "logistic_over_xgboost": "Accuracy is one criterion among several: explainability, latency, "
                             "memory, simplicity of upkeep, and whether the lead is larger than "
                             "the noise of the paired per-fold differences (the same folds for "
                             "both models). Correlated features make logistic coefficients "
                             "unstable, and more rows usually favour the more flexible model.",
    "tune_on_test": "1 - 0.95^30 = 0.7854: with thirty looks, a lucky winner is more likely than "
                    "not. The best test score among many candidates is a best case, not an "
                    "estimate. Select by cross-validation on the training rows and read the test "
                    "set once, after the choice.",
    "accurate_but_pm_unhappy": "Model: TP 45, FP 75, FN 135, TN 1,745, accuracy 89.5%. Always "
                               "'stays': 1,820 / 2,000 = 91.0%. The model is 1.5 points below a "
                               "baseline that finds nobody, and it finds only 25% of the churners. "
                               "Accuracy on imbalanced data hides what the PM cares about: the "
                               "churners found and what acting on them is worth.",
    "eight_hour_training": "Four times the rows cost 16 times the time, so the slope on log-log "
                           "axes is 2; 160,000 rows cost 480 s x 16 = 7,680 s = 128 minutes. A "
                           "linear guess would say 32. Iterate on small samples and few folds, "
                           "extrapolate the cost, and spend the long runs only on the few "
                           "candidates that survive.",
}
