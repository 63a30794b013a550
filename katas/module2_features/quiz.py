"""Kata 2.Q: the module's questions, as multiple choice."""

from __future__ import annotations

QUESTIONS = {
    "correlated_hp_defense": {
        "question": "You found that HP and Defense are highly correlated. Should you remove one? Why or why not?",
        "choices": {
            "a": "Yes, always: correlated features are redundant and make every model worse.",
            "b": "Not automatically. At about 0.78 each still carries information of its own; "
                 "tree models cope well, while for a linear model whose coefficients you need "
                 "to interpret you might combine or regularise them. Decide by validation "
                 "score and by what the model is for.",
            "c": "No, never: more features always improve a model.",
            "d": "Yes, remove the one with the lower correlation to the target, then the model is guaranteed to improve.",
        },
    },
    "suspicious_99": {
        "question": "Your model achieves 99% accuracy. You're suspicious. What do you check first?",
        "choices": {
            "a": "Train a bigger model to see whether it reaches 100%.",
            "b": "Whether the test set is large enough to be representative.",
            "c": "Leakage and the baseline: a column that knows the answer (a target proxy, an "
                 "identifier, something recorded after the fact), rows shared between train and "
                 "test, preprocessing fit on all rows; and what always predicting the majority "
                 "class scores (with 8% legendaries, 92% comes for free).",
            "d": "Nothing: high accuracy means the features are good.",
        },
    },
    "fit_scaler_on_train": {
        "question": "Why do we fit preprocessing (like scalers) only on training data, not all data?",
        "choices": {
            "a": "Because fitting on more rows is slower.",
            "b": "Because the test set may contain missing values that break the scaler.",
            "c": "It does not matter for scalers; only models must be fit on training data.",
            "d": "The test set stands for future data the model has not seen. Means, standard "
                 "deviations, category lists and selected features learned from it carry its "
                 "information into training, so the test score becomes optimistic and no longer "
                 "predicts production.",
        },
    },
    "power_ratio_zero": {
        "question": "You're creating a 'power_ratio' feature (Attack/Defense). What happens when Defense is 0?",
        "choices": {
            "a": "Plain division gives inf (or NaN for 0/0), which breaks scalers, means and most "
                 "models; guard it, e.g. attack / (defense + 1), and document what 0/0 becomes.",
            "b": "Python raises ZeroDivisionError, so the pipeline stops and the bug is found at once.",
            "c": "pandas silently returns 0, so nothing needs to be done.",
            "d": "Drop every row with defense 0: they are data errors.",
        },
    },
    "zero_correlation_feature": {
        "question": "A domain expert suggests a feature. It has zero correlation with the target. Do you include it?",
        "choices": {
            "a": "No: zero correlation means the feature carries no information.",
            "b": "Yes, always include everything an expert suggests.",
            "c": "Test it: correlation only measures a linear, one-feature relationship. The "
                 "feature may matter non-linearly or in interaction with others; measure its "
                 "effect on the cross-validated score with the same folds and model.",
            "d": "Only if it is also uncorrelated with the other features.",
        },
    },
}


def answers() -> dict[str, str]:
    """Return your answer to each question: ``{question_id: letter}``.

    Read ``QUESTIONS``, decide, and return one letter per question id, e.g.
    ``{"correlated_hp_defense": "a", ...}``. The tests check each answer against a sealed key
    and show an explanation for every one you get right.

    Why it matters: these are the judgement calls behind every feature you will ship; the katas
    practise the code, the quiz the reasoning.
    """
    raise NotImplementedError("kata 2.Q: implement answers")

