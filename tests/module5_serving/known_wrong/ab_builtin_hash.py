# Known-wrong for kata 5.4: built-in hash() of (experiment, user id): stable within one process,
# so every in-process check passes, but salted per process, so users switch arms on a restart.


def assign_variant(user_id, experiment, treatment_share=0.5):
    if not 0.0 <= treatment_share <= 1.0 or not user_id:
        raise ValueError("bad arguments")
    bucket = (hash((experiment, user_id)) % 10_000) / 10_000
    return "treatment" if bucket < treatment_share else "control"
