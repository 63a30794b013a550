"""Kata 7.Q: the module's questions: statements to judge."""

from __future__ import annotations

QUESTIONS = {
    "what_to_commit": {
        "kind": "select",
        "question": "What belongs in an ML project's Git repository, and what goes in .gitignore? "
                    "Select every true statement.",
        "choices": {
            "a": "Code, tests, configuration and small schemas are written by people and belong in "
                 "Git.",
            "b": "Secrets such as API keys can go in Git as long as the repository is private.",
            "c": "Virtual environments, caches and experiment-tracking stores are produced by "
                 "tools and can all be ignored.",
            "d": "A lock file such as uv.lock is typically specific to one machine, so it belongs "
                 "in .gitignore with the virtual environment.",
            "e": "Git cannot re-include a file inside an ignored folder: ignore 'data/*', not "
                 "'data/', if you need '!data/README.md'.",
            "f": "Raw datasets of several gigabytes belong in Git so every clone has them; "
                 ".gitignore is for temporary files.",
        },
    },
    "critical_bug_in_review": {
        "kind": "select",
        "question": "You find a critical bug in a teammate's pull request (the test set leaks into "
                    "feature scaling). How do you communicate it? Select every true statement.",
        "choices": {
            "a": "Phrase it as a soft question such as 'maybe consider this?', since saying a "
                 "change is wrong can read as an attack.",
            "b": "Fix it yourself on their branch without a comment, since explaining takes longer "
                 "than fixing.",
            "c": "Mark it as blocking the merge, and keep the comment about the code, not the "
                 "author.",
            "d": "Approve the pull request to keep momentum, and mention the bug later in the team "
                 "chat.",
            "e": "Add every minor style remark too, so the critical one does not seem to single "
                 "out the author.",
            "f": "Comment on the exact line: what is wrong, why it matters (the test score is "
                 "optimistic) and what to do instead.",
        },
    },
    "models_in_git": {
        "kind": "select",
        "question": "Should you commit trained model files to Git? Select every true statement.",
        "choices": {
            "a": "Usually not: model files are produced from code and data and belong in a model "
                 "registry or an artifact store.",
            "b": "No, because a model can typically be retrained bit for bit from the code in the "
                 "repository.",
            "c": "Yes: Git is the best place for large binary files, since it stores only the "
                 "changed bytes of each version.",
            "d": "A tiny model used as a test fixture can be committed to Git.",
            "e": "Yes, because a pickled model can be loaded safely by anyone, whatever its "
                 "source.",
            "f": "A model's version should be traceable to the commit of the code and the "
                 "fingerprint of the data that produced it.",
        },
    },
    "onboarding": {
        "kind": "select",
        "question": "How do you onboard to an existing ML codebase? Select every true statement.",
        "choices": {
            "a": "Change the model first; if the score improves, the rest of the codebase is "
                 "probably fine.",
            "b": "Start by rewriting the code in your preferred style; understanding comes faster "
                 "when the code is yours.",
            "c": "Read the data path: where the data comes from, how it is split, and which rows "
                 "every statistic is computed from.",
            "d": "Run the pipeline end to end first, on a small sample if needed, and check that "
                 "you reproduce the reported numbers.",
            "e": "Read the tests and docs even when some are stale: they say what the authors "
                 "meant the code to do.",
            "f": "Find the evaluation (which metric, on which data, against which baseline) before "
                 "you change any code.",
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

    Why it matters: collaboration habits decide whether a team's ML work can be reviewed,
    reproduced and handed over.
    """
    raise NotImplementedError("kata 7.Q: implement answers")
