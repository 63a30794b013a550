"""Kata 4.Q: the module's questions, as multiple choice."""

from __future__ import annotations

QUESTIONS = {
    "spam_95_accurate": {
        "question": "Your model is 95% accurate on spam detection. Is that good?",
        "choices": {
            "a": "Yes: anything above 90% is production quality.",
            "b": "It depends on the base rate and the errors: if 95% of mail is not spam, "
                 "labelling everything 'not spam' is 95% accurate too. Compare with that "
                 "baseline, and look at precision (real mail lost) and recall (spam let through).",
            "c": "No: spam filters need at least 99.9% accuracy.",
            "d": "Yes, if the accuracy was measured on the training set.",
        },
    },
    "precision_or_recall": {
        "question": "Would you rather have high precision or high recall for: (a) cancer detection, "
                    "(b) spam filtering, (c) credit card fraud? Why?",
        "choices": {
            "a": "Precision for all three: false alarms annoy users.",
            "b": "Recall for all three: missing a positive is always worse.",
            "c": "(a) recall: a missed cancer is far costlier than a follow-up test; (b) "
                 "precision: a real mail in the spam folder costs more than a spam in the inbox; "
                 "(c) mostly recall, within the capacity of the review team, so the threshold "
                 "comes from the cost of a missed fraud versus the cost of a review.",
            "d": "(a) precision, (b) recall, (c) accuracy.",
        },
    },
    "perfect_train_mediocre_test": {
        "question": "Your model has perfect training accuracy but mediocre test accuracy. List 5 "
                    "possible causes.",
        "choices": {
            "a": "Overfitting (too flexible a model, too little regularisation), too little data "
                 "for the model's capacity, leakage in training features that is absent at test "
                 "time, a shift between training and test data, and duplicated or grouped rows "
                 "that let the model memorise instead of generalise.",
            "b": "The test set is too small, the learning rate too low, the random seed unlucky, "
                 "the GPU too slow and the features not scaled.",
            "c": "Underfitting, in five different forms.",
            "d": "The test labels are wrong; nothing else gives this pattern.",
        },
    },
    "eighty_percent_confident": {
        "question": "How do you explain 'the model is 80% confident' to a non-technical user?",
        "choices": {
            "a": "The model is right 80% of the time on every case.",
            "b": "80% of the model's features agree with the answer.",
            "c": "There is an 80% chance the model was trained correctly.",
            "d": "Of all the cases where it says 80%, about 8 in 10 turn out to be positive, if "
                 "the model is calibrated, which we check with a reliability table; if it is "
                 "not, the number is a score for ranking, not a probability.",
        },
    },
    "unfair_to_group": {
        "question": "Your model is unfair to a demographic group. List 3 ways this could have happened.",
        "choices": {
            "a": "The learning rate was too high, the batch size too small and the model too deep.",
            "b": "The group is under-represented in the training data; the historical labels "
                 "carry past bias against it; and features act as proxies for group membership "
                 "(or measure it worse), so error rates differ between groups.",
            "c": "It cannot happen if the group attribute is not a feature.",
            "d": "Fairness problems come only from bugs in the evaluation code.",
        },
    },
}


def answers() -> dict[str, str]:
    """Return your answer to each question: ``{question_id: letter}``.

    Read ``QUESTIONS``, decide, and return one letter per question id, e.g.
    ``{"spam_95_accurate": "a", ...}``. The tests check each answer against a sealed key and
    show an explanation for every one you get right.

    Why it matters: evaluation is where a model's promises meet the business; these are the
    questions a reviewer, a product lead or an auditor will ask about yours.
    """
    return {
        "spam_95_accurate": "b",
        "precision_or_recall": "c",
        "perfect_train_mediocre_test": "a",
        "eighty_percent_confident": "d",
        "unfair_to_group": "b",
    }


_EXPLANATIONS = {
    "spam_95_accurate": "Accuracy is only meaningful next to the majority baseline and the cost "
                        "of each error; on imbalanced data it can hide a model that finds nothing (kata 4.2).",
    "precision_or_recall": "The costlier mistake decides: misses for cancer and fraud, false alarms "
                           "for spam. The exact threshold then comes from the costs (kata 4.4).",
    "perfect_train_mediocre_test": "A perfect training score means the model can memorise; the gap "
                                   "says it did. Check capacity, data size, leakage, shift and "
                                   "grouped rows, in that order of likelihood.",
    "eighty_percent_confident": "A probability is a promise about frequencies. A reliability table "
                                "shows whether the model keeps it (kata 4.7).",
    "unfair_to_group": "Bias enters through who is in the data, what the labels record and what the "
                       "features stand for. Per-group TPR and FPR make it visible (kata 4.6).",
}
