# Known-wrong for kata 6.7: refuses an age of 0 days (`<= 0`), although a model deployed today is
# the most common case.

_correct_decision = retraining_decision


def retraining_decision(**arguments):
    if arguments.get("days_since_training", 0) <= 0:
        raise ValueError("days_since_training must be positive")
    return _correct_decision(**arguments)
