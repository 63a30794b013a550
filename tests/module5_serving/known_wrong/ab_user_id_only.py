# Known-wrong for kata 5.4: hashes the user id alone, so every experiment splits the users
# the same way and the same people are always the guinea pigs.


def assign_variant(user_id, experiment, treatment_share=0.5):
    if not 0.0 <= treatment_share <= 1.0 or not user_id:
        raise ValueError("bad arguments")
    digest = hashlib.sha256(user_id.encode()).digest()
    return "treatment" if int.from_bytes(digest[:8], "big") / 2**64 < treatment_share else "control"
