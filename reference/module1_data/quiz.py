"""Kata 1.Q: the module's questions: statements to judge."""

from __future__ import annotations

QUESTIONS = {
    "same_output_twice": {
        "kind": "select",
        "question": "If I run your data pipeline twice on the same input, will I get identical "
                    "output? Select every true statement.",
        "choices": {
            "a": "Sorting the rows before writing the output is enough to make a pipeline "
                 "reproducible, whatever it does with randomness in between.",
            "b": "A pipeline that edits the caller's DataFrame in place changes its own input, so "
                 "a second run must not be assumed to start from the same data.",
            "c": "A function that fills a module-level cache on its first call may return "
                 "something else on its second call with the same input.",
            "d": "The iteration order of a set of strings is not fixed across processes unless "
                 "PYTHONHASHSEED is set.",
            "e": "pandas methods are deterministic, so a pipeline built from pandas calls can be "
                 "trusted to give identical output on every run.",
            "f": "Seeding NumPy once at the top of a script makes each later random draw in the "
                 "pipeline independent of the code that ran before it.",
        },
    },
    "great_in_training_fails_in_production": {
        "kind": "select",
        "question": "Your model performed great in training but fails in production. The data "
                    "looks similar. What could be wrong? Select every true statement.",
        "choices": {
            "a": "A model that scores well in cross-validation keeps that score on production data "
                 "from the same source, so the gap is a logging error.",
            "b": "Duplicates shared by the training and evaluation sets can make the offline score "
                 "look better than it really was, and production has no such copies.",
            "c": "A feature was built from information never available at prediction time, such as "
                 "a field filled in after the outcome was known.",
            "d": "Production computes a feature differently from training (unit, encoding, default "
                 "for missing values).",
            "e": "When the column names and dtypes match, the data is rarely the cause; the saved "
                 "model file has most likely been altered since training.",
            "f": "If every column's summary statistics match between training and production, the "
                 "relation between features and target cannot have changed.",
        },
    },
    "column_renamed_upstream": {
        "kind": "select",
        "question": "Someone changed a column name upstream. How would you detect this before it "
                    "breaks your model? Select every true statement.",
        "choices": {
            "a": "Compare the incoming column names with the expected ones before any processing "
                 "and stop, naming every missing and unexpected column.",
            "b": "Filling missing values right after loading protects the model: the renamed "
                 "column becomes a column of fill values and predictions continue.",
            "c": "Selecting columns by position instead of by name makes the pipeline immune to "
                 "every upstream rename and reordering.",
            "d": "A schema check that requires each expected column can turn the rename into an "
                 "error at the door instead of a silent change in predictions.",
            "e": "Waiting for the accuracy monitor is enough, since labels usually arrive as soon "
                 "as predictions are made, so a rename shows in accuracy at once.",
            "f": "A test that feeds the loader a file with a renamed header and expects a clear "
                 "error proves the check works.",
        },
    },
    "polars_or_pandas": {
        "kind": "select",
        "question": "When would you choose polars over pandas? When would you stick with pandas? "
                    "Select every true statement.",
        "choices": {
            "a": "pandas stays a sensible choice for small data and for every library that expects "
                 "a pandas DataFrame.",
            "b": "A translation from pandas to polars should be checked by comparing outputs on "
                 "the same input, since null handling can differ.",
            "c": "Polars is faster on every table, a few hundred rows included, so converting each "
                 "small script to polars is a free speed-up.",
            "d": "A Python loop over DataFrame rows is usually about as fast as a group-by, "
                 "because pandas can compile the loop for you.",
            "e": "Polars runs whole-column expressions in compiled code, often on several cores; "
                 "it tends to pay off on large tables and frequent jobs.",
            "f": "Polars and pandas treat missing values the same way in each operation, so a "
                 "translation can be checked by reading the code alone.",
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

    Why it matters: these are the questions you will be asked when a pipeline misbehaves;
    answering them well is most of knowing where to look.
    """
    return {
        "same_output_twice": {"b", "c", "d"},
        "great_in_training_fails_in_production": {"b", "c", "d"},
        "column_renamed_upstream": {"a", "d", "f"},
        "polars_or_pandas": {"a", "b", "e"},
    }


_EXPLANATIONS = {
    "same_output_twice": "Same input, same output needs three habits: never modify the input, keep "
                         "no state between calls, and seed every random choice from an argument (a "
                         "global seed makes each draw depend on how many draws ran before). pandas "
                         "has random methods too: DataFrame.sample without random_state differs on "
                         "every run.",
    "great_in_training_fails_in_production": "Similar-looking data can still differ where it "
                                             "matters: a leaky feature that does not exist at "
                                             "prediction time, a training/serving skew in how "
                                             "features are computed, duplicates that inflated the "
                                             "offline score, or a changed relation between inputs "
                                             "and target (concept drift), which identical marginal "
                                             "statistics cannot rule out.",
    "column_renamed_upstream": "A rename turns a column into missing values, which get filled, and "
                               "the model degrades in silence; labels often arrive weeks later. "
                               "Check the columns at the door, fail with a message that names the "
                               "missing and unexpected ones, and test that check with a renamed "
                               "file. Selecting by position survives a rename but silently breaks "
                               "on a reordering.",
    "polars_or_pandas": "Polars pays off on large data and frequent jobs; pandas is the common "
                        "language of small data and of the libraries around it. Start-up and "
                        "conversion costs can outweigh any speed-up on tiny tables, and details "
                        "differ (polars' horizontal sum skips nulls), so compare outputs.",
}
