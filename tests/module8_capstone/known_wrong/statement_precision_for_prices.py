# Known-wrong for kata 8.1: judges the price model with classification metrics ("accuracy",
# "precision") that are not tied to the flagging use case.
_reference_problem_statement = problem_statement


def problem_statement():
    statement = _reference_problem_statement()
    statement["success_metrics"]["model"] = ["MAE 40% below the median-price baseline",
                                             "precision of 90% on the test set"]
    return statement
