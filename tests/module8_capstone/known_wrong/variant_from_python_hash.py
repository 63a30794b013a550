# Known-wrong for kata 8.6: buckets sellers with Python's built-in hash(), which is salted per
# process: after a restart a seller can switch arms.
def assign_variant(seller_id, treatment_share=0.5, salt="price-ab-1"):
    if not 0 <= treatment_share <= 1:
        raise ValueError("treatment_share must be in [0, 1]")
    bucket = (hash(f"{salt}:{seller_id}") % 10_000) / 10_000
    return "treatment" if bucket < treatment_share else "control"
