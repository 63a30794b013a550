# Known-wrong for kata 7.3: finds the bare dict and the invented 0.0 answers, but not that a batch
# has no size limit (MAX_BATCH is defined and never used).


def review_pr3():
    file = "pr3_service.py"
    return [
        Finding(file, 76, "missing-validation",
                "The body is a bare dict: declare a pydantic model with ranges so junk gets 422."),
        Finding(file, 86, "correctness",
                "Catching every exception and answering 0.0 invents predictions; refuse with 422."),
    ]
