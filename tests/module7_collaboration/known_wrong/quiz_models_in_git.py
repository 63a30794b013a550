# Known-wrong for kata 7.Q: trained models committed to git "as the single source of truth".


def answers():
    return {"what_to_commit": "b", "critical_bug_in_review": "c", "models_in_git": "b",
            "onboarding": "b"}
