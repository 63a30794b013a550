"""Kata 2.Q: the module's questions: statements to judge."""

from __future__ import annotations

QUESTIONS = {
    "correlated_hp_defense": {
        "kind": "select",
        "question": "You found that HP and Defense are highly correlated. Should you remove one? "
                    "Why or why not? Select every true statement.",
        "choices": {
            "a": "For a linear model, strong correlation makes each coefficient unstable and hard "
                 "to read, even when predictions stay good.",
            "b": "Not automatically: each of two correlated features can still carry information "
                 "the other lacks, and tree ensembles typically cope with both.",
            "c": "Dropping one of two correlated features will improve cross-validated accuracy, "
                 "because the model has fewer parameters to fit.",
            "d": "Decide by measuring: compare cross-validated scores with and without one of "
                 "them, never by the correlation alone.",
            "e": "Yes: two features correlated above 0.8 carry the same information, so keeping "
                 "both adds only noise to a model.",
            "f": "A correlation of -0.8 means the two stats are unrelated, so only positive "
                 "correlations are generally worth checking.",
        },
    },
    "suspicious_99": {
        "kind": "select",
        "question": "Your model achieves 99% accuracy. You're suspicious. What do you check first? "
                    "Select every check worth making first, for the reason it gives.",
        "choices": {
            "a": "Whether the test set is too large, since more test rows can inflate the measured "
                 "accuracy of a model.",
            "b": "Whether copies or near-copies of one entity can sit on both sides of the "
                 "train/test split.",
            "c": "Whether the learning rate was too low, since a slow optimiser is the usual cause "
                 "of an accuracy that is too high.",
            "d": "The accuracy of a baseline that always predicts the majority class: with 1% "
                 "positives it scores 99% as well.",
            "e": "Whether a feature is a proxy of the target, such as a column filled in after the "
                 "outcome was known.",
            "f": "Nothing: 99% on a held-out test set shows the model has learnt the real pattern, "
                 "whatever the class balance.",
        },
    },
    "fit_scaler_on_train": {
        "kind": "select",
        "question": "Why do we fit preprocessing (like scalers) only on training data, not all "
                    "data? Select every true statement.",
        "choices": {
            "a": "In cross-validation, a Pipeline refits the scaler on each training fold, so no "
                 "validation fold shapes the scaling applied to it.",
            "b": "At prediction time the scaler should be refit on each incoming batch, so each "
                 "batch is scaled with its own mean and spread.",
            "c": "Fitting on all rows is harmless for a scaler, because the mean and standard "
                 "deviation are not learnt from the labels.",
            "d": "A scaler fit on all rows uses the test rows' mean and spread, so the test score "
                 "is no longer about unseen data.",
            "e": "In production the scaler can only know data seen before deployment, and fitting "
                 "on training rows reproduces that situation.",
            "f": "Fitting only on training rows is typically done to save time; the scores of the "
                 "two approaches are identical on average.",
        },
    },
    "power_ratio_zero": {
        "kind": "select",
        "question": "You're creating a 'power_ratio' feature (Attack/Defense) in pandas. What "
                    "happens when Defense is 0? Select every true statement.",
        "choices": {
            "a": "When attack and defense are both 0 the result is inf as well, so one replacement "
                 "rule can handle both cases.",
            "b": "For an attack above 0 the ratio becomes inf, and pandas does not raise or warn.",
            "c": "Dropping the rows with defense 0 before training is harmless, because such "
                 "Pokemon never reach the model in production.",
            "d": "pandas raises ZeroDivisionError, so the pipeline stops at the first such row.",
            "e": "pandas stores 0 for a division by zero, so the row looks like a Pokemon with no "
                 "attack at all.",
            "f": "attack / (defense + 1) is finite for every non-negative input, and for a fixed "
                 "defense it still grows with attack.",
        },
    },
    "zero_correlation_feature": {
        "kind": "select",
        "question": "A domain expert suggests a feature. It has zero correlation with the target. "
                    "Do you include it? Select every true statement.",
        "choices": {
            "a": "Test it like any candidate feature: compare cross-validated scores with and "
                 "without it on the same folds.",
            "b": "A feature can matter only together with another one (an interaction), so its "
                 "correlation on its own may be zero.",
            "c": "Expert knowledge should override the data: include the feature and skip "
                 "measuring its effect, since the expert knows the domain.",
            "d": "Pearson correlation sees only linear association: with x symmetric around 0, y = "
                 "x squared has zero correlation with x.",
            "e": "Squaring the feature first is always enough, because squaring turns a curved "
                 "relation with the target into a linear one.",
            "f": "No: a feature with zero correlation with the target usually carries no "
                 "information about it.",
        },
    },
}


def answers() -> dict[str, set[str] | float]:
    """Return your answer to each question: ``{question_id: answer}``.

    A ``"select"`` question takes the set of letters of every true statement, e.g. ``{"b", "d"}``
    (at least one of its statements is true and at least one is false). A ``"number"`` question
    takes the value you work out from its scenario, an int or a float, rounded as the question
    says. The tests check each answer against a sealed key and show an explanation for every
    one you get right; a wrong answer tells you only that it is wrong, never which part.

    Why it matters: these are the judgement calls behind every feature you will ship; the katas
    practise the code, the quiz the reasoning.
    """
    return {
        "correlated_hp_defense": {"a", "b", "d"},
        "suspicious_99": {"b", "d", "e"},
        "fit_scaler_on_train": {"a", "d", "e"},
        "power_ratio_zero": {"b", "f"},
        "zero_correlation_feature": {"a", "b", "d"},
    }


_EXPLANATIONS = {
    "correlated_hp_defense": "Correlation 0.8 still leaves 36% of one feature's variance "
                             "unexplained by the other; whether that part helps is an empirical "
                             "question for cross-validation. Correlation hurts the "
                             "interpretability of linear coefficients more than predictions; -0.8 "
                             "is as strong as +0.8.",
    "suspicious_99": "A score that is too good is usually a baseline you did not compare with or a "
                     "leak: a target proxy, rows of one entity on both sides of the split, "
                     "statistics fit on all rows. More test rows make the estimate more precise, "
                     "not higher.",
    "fit_scaler_on_train": "Any statistic learnt from the test rows, even without labels, is "
                           "information the model would not have in production; the leak may be "
                           "small for a scaler and large for feature selection or target encoding. "
                           "Refitting on each serving batch changes what a given input means from "
                           "one batch to the next.",
    "power_ratio_zero": "Element-wise float division follows IEEE rules: x / 0 is inf for x > 0 "
                        "and 0 / 0 is NaN, silently (plain Python would raise ZeroDivisionError). "
                        "A zero guard, dividing by max(defense, 1) with the floor in the column's "
                        "unit, keeps every value finite and every other ratio exact; defense + 1 "
                        "is finite too but changes every ratio and can reverse two of them (1/1 "
                        "against 3/4). Dropping rows only hides the case until production sends "
                        "one.",
    "zero_correlation_feature": "Zero correlation rules out a linear relation, not a relation. A "
                                "non-linear effect or an interaction can make the feature "
                                "valuable; measure it with the same folds and the same model, with "
                                "and without the feature.",
}
