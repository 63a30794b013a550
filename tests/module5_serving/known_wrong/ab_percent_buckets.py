# Known-wrong for kata 5.4: the hash is cut into 100 buckets, so only whole-percent shares are
# possible: a 0.5% canary gets 1% of the users.
import hashlib


def assign_variant(user_id, experiment, treatment_share=0.5):
    if not 0.0 <= treatment_share <= 1.0 or not user_id:
        raise ValueError("bad arguments")
    digest = hashlib.sha256(f"{experiment}\x00{user_id}".encode()).digest()
    bucket = int.from_bytes(digest[:8], "big") % 100
    return "treatment" if bucket < treatment_share * 100 else "control"
