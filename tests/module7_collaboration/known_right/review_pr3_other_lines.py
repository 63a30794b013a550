# Known-right for kata 7.3: the same problems anchored to other lines (MAX_BATCH never used, the
# call with a bare dict, the invented answer), plus the overflow of math.exp as a minor problem.


def review_pr3():
    file = "pr3_service.py"
    return [
        Finding(file, 30, "missing-validation", "MAX_BATCH is defined but never enforced: a batch of "
                                                "a million rows is accepted."),
        Finding(file, 77, "missing-validation", "The model is called with whatever dict arrived: a "
                                                "missing stat is a KeyError, hence a 500."),
        Finding(file, 87, "missing-validation", "A broken item gets probability 0.0 instead of an "
                                                "error: the client cannot tell it from a real answer."),
        Finding(file, 36, "correctness", "math.exp overflows for absurd stats and crashes the "
                                         "request; bound the inputs first."),
    ]
