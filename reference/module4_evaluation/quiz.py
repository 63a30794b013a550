"""Kata 4.Q: the module's questions: statements to judge and a number to work out."""

from __future__ import annotations

QUESTIONS = {
    "spam_95_accurate": {
        "kind": "number",
        "question": "Your model is 95% accurate on spam detection. Is that good? A mailbox "
                    "receives 2,000 emails a week, 4% of them spam. The filter is 95% accurate on "
                    "this mail and catches 60 of the spam emails. How many legitimate emails a "
                    "week does it move to the spam folder? Give a whole number.",
        "decimals": 0,
    },
    "precision_or_recall": {
        "kind": "select",
        "question": "Would you rather have high precision or high recall for: cancer detection, "
                    "spam filtering, credit card fraud? Why? Select every true statement.",
        "choices": {
            "a": "Spam filtering favours precision: a real email hidden as spam usually costs more "
                 "than one spam email in the inbox.",
            "b": "Spam filtering favours recall, since each spam email that reaches the inbox "
                 "costs as much as a lost important email.",
            "c": "For fraud, the balance comes from the costs: a missed fraud loses its amount, a "
                 "false alarm costs a review and an annoyed customer.",
            "d": "For credit card fraud, precision is the right choice in every setting, since "
                 "fraud is rare and rare classes call for precision.",
            "e": "Cancer screening favours recall: a missed cancer costs far more than any false "
                 "alarm that a follow-up test resolves.",
            "f": "Accuracy is generally the right summary for all three, because each of them has "
                 "two classes.",
        },
    },
    "perfect_train_mediocre_test": {
        "kind": "select",
        "question": "Your model has perfect training accuracy but mediocre test accuracy. Which of "
                    "these are possible causes? Select every true statement.",
        "choices": {
            "a": "Too much regularisation: a strongly regularised model can fit its training data "
                 "perfectly and fail on new data.",
            "b": "An identifier or leaky feature lets the model look up the training labels, which "
                 "says nothing about new rows.",
            "c": "Too few training rows for the number of features, so chance patterns in the "
                 "sample look like signal.",
            "d": "The test set comes from another distribution (period, source or population) than "
                 "the training set.",
            "e": "A training set too small to learn from shows up as low training accuracy, so "
                 "small data is ruled out here.",
            "f": "The model memorised the training rows: too much capacity, such as a deep "
                 "unpruned tree, for the amount of data.",
        },
    },
    "eighty_percent_confident": {
        "kind": "select",
        "question": "How do you explain 'the model is 80% confident' to a non-technical user? "
                    "Select every true statement.",
        "choices": {
            "a": "'80% of the features support the prediction', since that is what a predicted "
                 "probability measures.",
            "b": "'The model is right 80% of the time on every case', which is what a calibrated "
                 "model guarantees.",
            "c": "A high test accuracy usually implies calibrated probabilities, so no separate "
                 "check is needed before quoting them.",
            "d": "Check it before saying it: a reliability table compares predicted and observed "
                 "rates per bin of predicted probability.",
            "e": "'This case is 80% as severe as a typical positive', because the probability "
                 "measures the size of the effect.",
            "f": "'Of all cases scored 80%, about 8 in 10 turn out positive', which holds only if "
                 "the model is calibrated.",
        },
    },
    "unfair_to_group": {
        "kind": "select",
        "question": "Your model is unfair to a demographic group. How could this have happened? "
                    "Select every true statement.",
        "choices": {
            "a": "The historical labels encode past biased decisions, and the model learnt to "
                 "reproduce them.",
            "b": "The group is under-represented in the training data, so the model learnt less "
                 "about it.",
            "c": "One threshold for all can give groups different true and false positive rates "
                 "when their score distributions differ.",
            "d": "The algorithm is usually the cause: data by itself rarely makes a model unfair, "
                 "since it only records what happened.",
            "e": "A feature acts as a proxy for group membership, such as a postcode or a first "
                 "name, even without the attribute itself.",
            "f": "It is unlikely to have happened if the protected attribute was left out of the "
                 "features during training.",
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

    Why it matters: evaluation is where a model's promises meet the business; these are the
    questions a reviewer, a product lead or an auditor will ask about yours.
    """
    return {
        "spam_95_accurate": 2000 * 0.05 - (2000 * 0.04 - 60),
        "precision_or_recall": {"a", "c", "e"},
        "perfect_train_mediocre_test": {"b", "c", "d", "f"},
        "eighty_percent_confident": {"d", "f"},
        "unfair_to_group": {"a", "b", "c", "e"},
    }


_EXPLANATIONS = {
    "spam_95_accurate": "80 spam emails; 60 caught, so 20 missed. 5% errors = 100 emails, so 80 "
                        "are legitimate emails hidden in the spam folder every week. A filter that "
                        "flags nothing would be 96% accurate. With rare positives, accuracy says "
                        "little; ask what each kind of error costs.",
    "precision_or_recall": "Pick the metric by the cost of each mistake. Screening tolerates false "
                           "alarms to miss fewer cancers; a spam filter must not hide real mail; "
                           "fraud is priced both ways, so the threshold comes from the costs. "
                           "Rarity alone does not decide, and accuracy hides rare errors.",
    "perfect_train_mediocre_test": "Perfect training accuracy with a poor test score is variance "
                                   "or a mismatch: memorising capacity, too little data per "
                                   "feature, identifiers or leaks that only work on rows already "
                                   "seen, or a test set from another population. Strong "
                                   "regularisation pulls training accuracy down, and small data "
                                   "tends to raise it.",
    "eighty_percent_confident": "A probability is a statement about many similar cases, and it "
                                "means what it says only if the model is calibrated: of the cases "
                                "scored 0.8, about 80% are positive. A model can be accurate and "
                                "badly calibrated; check with a reliability table and its expected "
                                "calibration error (the Brier score measures overall probabilistic "
                                "accuracy, calibration mixed with how well the scores separate).",
    "unfair_to_group": "Unfairness comes from the data (under-representation, biased labels, "
                       "proxies) and from decisions on top of the model (a shared threshold over "
                       "different score distributions). Leaving the attribute out does not remove "
                       "its proxies, and it makes the gap harder to measure.",
}
