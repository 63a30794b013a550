# Known-wrong for kata 8.6: a stable hash, but only 100 buckets compared with int(share * 100),
# so a 0.5% treatment share puts nobody in treatment.
def assign_variant(seller_id, treatment_share=0.5, salt="price-ab-1"):
    if not 0 <= treatment_share <= 1:
        raise ValueError(f"treatment_share must be in [0, 1], got {treatment_share}")
    bucket = int(hashlib.md5(f"{salt}:{seller_id}".encode()).hexdigest(), 16) % 100
    return "treatment" if bucket < int(treatment_share * 100) else "control"
