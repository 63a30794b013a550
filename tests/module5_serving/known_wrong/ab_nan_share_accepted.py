# Known-wrong for kata 5.4: checks the share with two comparisons, which are both False for
# NaN, so a NaN share passes and silently puts every user in control.
import hashlib


def assign_variant(user_id, experiment, treatment_share=0.5):
    if treatment_share < 0 or treatment_share > 1:
        raise ValueError(f"treatment_share must be between 0 and 1, got {treatment_share}")
    if not user_id:
        raise ValueError("user_id must not be empty")
    digest = hashlib.sha256(f"{experiment}\x1f{user_id}".encode()).digest()
    bucket = int.from_bytes(digest[:8], "big") / 2**64
    return "treatment" if bucket < treatment_share else "control"
