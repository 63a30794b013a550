"""Kata 7.Q: the module's Socratic questions. Answer each with the letter of the best choice."""

from __future__ import annotations

QUESTIONS = {
    "what_to_commit": {
        "question": "What belongs in an ML project's Git repository, and what goes in .gitignore?",
        "choices": {
            "a": "Everything, so that any checkout reproduces the results exactly, data and "
                 "models included.",
            "b": "Code, tests, configuration, documentation and small schemas are committed; "
                 "data, trained models, secrets, virtual environments, caches and tracking "
                 "stores are ignored and versioned or stored elsewhere.",
            "c": "Only the code; configuration and tests live on each developer's machine.",
            "d": "Code and data, because data rarely changes, but not models.",
        },
    },
    "critical_bug_in_review": {
        "question": "You find a critical bug in a teammate's pull request (the test set leaks "
                    "into feature scaling). How do you communicate it?",
        "choices": {
            "a": "Approve it and fix the bug quietly in a follow-up commit to avoid friction.",
            "b": "Post in the team channel that the PR is broken so everyone is warned.",
            "c": "Request changes with a comment on the exact line: what is wrong, why it "
                 "matters (the reported score is optimistic), a concrete fix, and an offer to "
                 "pair on it; keep it about the code, not the person.",
            "d": "Reject the PR without comment; the author should find the bug themselves.",
        },
    },
    "models_in_git": {
        "question": "Should you commit trained model files to Git?",
        "choices": {
            "a": "No: they are large binaries that bloat every clone forever and diff "
                 "meaninglessly. Store them in a model registry or artifact store and commit "
                 "the code, configuration and data version that reproduce them.",
            "b": "Yes: Git is the single source of truth, so the model belongs next to the code.",
            "c": "Yes, as long as the file is under 100 MB.",
            "d": "No, because models can always be retrained in a few seconds.",
        },
    },
    "onboarding": {
        "question": "How do you onboard to an existing ML codebase?",
        "choices": {
            "a": "Rewrite the pipeline in your own style first, so you understand every line.",
            "b": "Read the README, reproduce the baseline end to end, run the tests, then trace "
                 "one prediction from raw data through features, training and serving, and "
                 "make a small change through the normal review process.",
            "c": "Start with the newest model's hyperparameters and tune them further.",
            "d": "Wait until someone has time to walk you through the whole system.",
        },
    },
}


def answers() -> dict[str, str]:
    """Return your answer to each question: ``{question id: letter}``.

    Example:
        >>> answers()["onboarding"] in QUESTIONS["onboarding"]["choices"]
        True

    Why it matters: collaboration habits decide whether a team's ML work can be reviewed,
    reproduced and handed over.
    """
    raise NotImplementedError("kata 7.Q: implement answers")
