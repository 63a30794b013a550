"""Kata 1.Q: the module's questions, as multiple choice."""

from __future__ import annotations

QUESTIONS = {
    "same_output_twice": {
        "question": "If I run your data pipeline twice on the same input, will I get identical "
                    "output? Why or why not?",
        "choices": {
            "a": "Yes, always: a computer runs the same code the same way every time.",
            "b": "Only if nothing outside the input can change the result: randomness is seeded, "
                 "no state survives between runs, the input is never modified in place, and the "
                 "libraries are pinned. A fingerprint of the output proves it.",
            "c": "No, never: floating-point arithmetic makes every run slightly different.",
            "d": "Yes, as long as the code is written with polars instead of pandas.",
        },
    },
    "great_in_training_fails_in_production": {
        "question": "Your model performed great in training but fails in production. The data "
                    "looks similar. What could be wrong?",
        "choices": {
            "a": "The model is too small: a bigger model generalises better to production.",
            "b": "Production servers are slower, and slow predictions are less accurate.",
            "c": "Nothing is wrong with the data: models always lose some accuracy after launch.",
            "d": "The production data differs in ways a glance misses: a renamed or rescaled "
                 "column, other units or category spellings, missing values handled differently, "
                 "or a feature computed differently at serving time. Validate production inputs "
                 "against the training schema and compare their distributions.",
        },
    },
    "column_renamed_upstream": {
        "question": "Someone changed a column name upstream. How would you detect this before "
                    "it breaks your model?",
        "choices": {
            "a": "Watch the model's accuracy in production and investigate when it drops.",
            "b": "Fill any missing column with a default value so the pipeline keeps running.",
            "c": "Check the incoming columns against an explicit contract at the pipeline's "
                 "entry, and fail loudly with a message naming the missing and unexpected "
                 "columns; run the same check in CI on sample data.",
            "d": "Lowercase all column names on load, so renames cannot matter.",
        },
    },
    "polars_or_pandas": {
        "question": "When would you choose polars over pandas? When would you stick with pandas?",
        "choices": {
            "a": "Polars for large data and heavy or repeated transformations, where its "
                 "column-wise, multi-core engine and lazy queries save real time and memory; "
                 "pandas for small data, quick exploration, and code that must hand a pandas "
                 "frame to libraries built on it (scikit-learn, pandera's pandas backend).",
            "b": "Always polars: it is faster, so there is no reason to use pandas any more.",
            "c": "Always pandas: polars is too new to be used for real work.",
            "d": "Whichever needs fewer lines of code for the task at hand.",
        },
    },
}


def answers() -> dict[str, str]:
    """Return your answer to each question in ``QUESTIONS``.

    Read ``QUESTIONS``, decide, and return one letter per question id, e.g.
    ``{"same_output_twice": "a", ...}``. The tests check each answer against a sealed key and
    show an explanation for every one you get right.

    Why it matters: these are the questions you will be asked when a pipeline misbehaves;
    answering them well is most of knowing where to look.
    """
    return {
        "same_output_twice": "b",
        "great_in_training_fails_in_production": "d",
        "column_renamed_upstream": "c",
        "polars_or_pandas": "a",
    }


_EXPLANATIONS = {
    "same_output_twice": (
        "Reproducibility is something you build: unseeded sampling, a module-level cache, an "
        "input edited in place or an unpinned library version each make two runs differ. Kata "
        "1.4 removes those causes, and kata 1.5's fingerprint lets you prove two outputs equal."
    ),
    "great_in_training_fails_in_production": (
        "Training-serving skew: the model is fine, the inputs changed. The same schema that "
        "guards training (kata 1.2) should guard production, and a drift check on the "
        "distributions catches what a schema cannot (module 6)."
    ),
    "column_renamed_upstream": (
        "A renamed column rarely crashes anything; it turns into missing values that get "
        "filled and quietly degrade the model. A contract at the entry (kata 1.6) turns that "
        "into an immediate error that names the column and the likely rename."
    ),
    "polars_or_pandas": (
        "It is a trade-off, not a winner: polars pays off when data is large or a job runs "
        "often (kata 1.7 shows the gap); pandas stays the lingua franca of small data and of "
        "the libraries that consume DataFrames."
    ),
}
