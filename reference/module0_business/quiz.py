"""Kata 0.Q: the module's questions: statements to judge and numbers to work out."""

from __future__ import annotations

QUESTIONS = {
    "rule_instead_of_ml": {
        "kind": "select",
        "question": "When should you NOT use ML and use a simple rule instead? Select every true "
                    "statement.",
        "choices": {
            "a": "Once the labelled data passes about a million rows, a learned model will usually "
                 "beat any hand-written rule for the same decision.",
            "b": "Without labels, supervised learning is off the table; all a model can do is "
                 "surface structure, such as clusters or anomalies, for people to judge.",
            "c": "As the number of decisions per day grows, a rule should give way to a model, "
                 "because rules become too slow to run at that scale.",
            "d": "If an expert can write a short rule that is already right, the rule wins: it is "
                 "exact, cheap and explainable.",
            "e": "A model that matches a rule's accuracy is the safer choice, since it adapts by "
                 "itself when the world around it changes.",
            "f": "When too few decisions are made to pay for building and running a model, people "
                 "or a rule should keep deciding.",
        },
    },
    "roi": {
        "kind": "number",
        "question": "How do you calculate ROI for an ML project? Work one out. A model costs "
                    "60,000 to build, spread evenly over 3 build months (months 1 to 3). From "
                    "go-live it costs 2,000 a month to run, and its benefit ramps up to 15,000 a "
                    "month: 5,000 in the first month after go-live, 10,000 in the second, 15,000 "
                    "from the third on. What is the ROI, (total benefit - total cost) / total "
                    "cost, over months 1 to 18, as a percentage? Round the final result to 1 "
                    "decimal (write 12.5 for 12.5%).",
        "decimals": 1,
    },
    "model_vs_business_metric": {
        "kind": "number",
        "question": "What's the difference between a model metric and a business metric? Price two "
                    "candidates against today, where nothing is flagged and every fraud costs its "
                    "loss. A fraud model screens 20,000 transactions a month, 1% of them fraud. "
                    "Each fraud it catches avoids a 550 loss (400 stolen plus 150 in chargeback "
                    "fees), each false alarm costs 50 of review time, and a missed fraud costs what "
                    "it costs today. Candidate A has precision 0.8 and recall 0.5 (F1 0.62); "
                    "candidate B has precision 0.4 and recall 0.8 (F1 0.53). What is B's expected "
                    "monthly value minus A's? Give a whole number (negative if B is worth less).",
        "decimals": 0,
    },
    "realistic_expectations": {
        "kind": "select",
        "question": "How do you set realistic expectations with stakeholders? Select every true "
                    "statement.",
        "choices": {
            "a": "Quote the best cross-validation fold, since production data is typically cleaner "
                 "than the data the model was validated on.",
            "b": "Give the expected result as a range in business units ('20 to 35 analyst hours a "
                 "week'), never a single best case.",
            "c": "Leave the success measure open until launch, so the team can report the best "
                 "metric.",
            "d": "Agree before building on how success will be measured and on what happens if the "
                 "model underperforms in its first months.",
            "e": "Say up front what the model will not do and the situations you know in which it "
                 "can fail.",
            "f": "A score from a random train/test split can be promised as production "
                 "performance, since every such split mimics new data.",
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

    Why it matters: these are the questions a hiring manager or a product lead will ask you;
    answering them quickly and correctly is half of framing an ML project well.
    """
    return {
        "rule_instead_of_ml": {"b", "d", "f"},
        "roi": (5_000 + 10_000 + 13 * 15_000 - (60_000 + 15 * 2_000)) / (60_000 + 15 * 2_000) * 100,
        "model_vs_business_metric": (160 * 550 - 240 * 50) - (100 * 550 - 25 * 50),
        "realistic_expectations": {"b", "d", "e"},
    }


_EXPLANATIONS = {
    "rule_instead_of_ml": "If a short rule already answers correctly, a model only adds cost, "
                          "error and upkeep; a model does not adapt by itself (it must be "
                          "retrained), and rules are the cheapest thing to run at any volume. ML "
                          "earns its place when the pattern is too complex to write down, labels "
                          "exist, its errors cost less than those of the alternative (people or a "
                          "rule), and the gain over all decisions pays for building and running it.",
    "roi": "Benefit: 5,000 + 10,000 + 13 x 15,000 = 210,000 over the 15 months after go-live; "
           "cost: 60,000 to build plus 15 x 2,000 to run = 90,000; ROI = 120,000 / 90,000 = "
           "133.3%. Ignoring the ramp-up (15 x 15,000) would promise 150%, and dividing a month's "
           "benefit by the build cost says nothing about a horizon. The timeline makes both costs "
           "and the slow start visible.",
    "model_vs_business_metric": "200 frauds a month. A: TP 100, FP 100 x 0.2 / 0.8 = 25, worth "
                                "100 x 550 - 25 x 50 = 53,750 against today. B: TP 160, FP 160 x "
                                "0.6 / 0.4 = 240, worth 88,000 - 12,000 = 76,000. Missed frauds "
                                "cost the same as today, so they add nothing to either. B is "
                                "worth 22,250 more a month although its F1 is lower: a model "
                                "metric measures prediction quality, a business metric prices the "
                                "decisions, and volumes and unit values connect the two.",
    "realistic_expectations": "A range with the limits stated up front survives contact with "
                              "production; a single best-case number becomes a broken promise the "
                              "first time the model has a bad week. Production data is usually "
                              "messier than validation data, and a random split does not reproduce "
                              "the future (new periods, new users).",
}
