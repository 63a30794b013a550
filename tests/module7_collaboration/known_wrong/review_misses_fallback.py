# Known-wrong for kata 7.3: finds the bare dict and the unbounded batch, not the invented 0.0 answers.


def review_pr3():
    file = "pr3_service.py"
    return [
        Finding(file, 76, "missing-validation",
                "The body is a bare dict: declare a pydantic model with ranges so junk gets 422."),
        Finding(file, 81, "missing-validation",
                "The batch has no size limit; bound it by MAX_BATCH and validate its items."),
    ]
