# Known-wrong for kata 5.4: a coin flip per call is balanced, but a returning user switches
# models at random.
import random


def assign_variant(user_id, experiment, treatment_share=0.5):
    if not 0.0 <= treatment_share <= 1.0 or not user_id:
        raise ValueError("bad arguments")
    return "treatment" if random.random() < treatment_share else "control"
