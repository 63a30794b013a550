# Known-wrong for kata 7.3: every line of the service is "missing validation"; the real findings drown.


def review_pr3():
    return [Finding("pr3_service.py", line, "missing-validation",
                    "This line does not validate its input, please add checks before merging.")
            for line in range(1, 91)]
