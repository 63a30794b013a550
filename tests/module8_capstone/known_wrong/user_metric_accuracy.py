# Known-wrong for kata 8.1: the user metric is the "accuracy" sellers perceive, a word that
# measures no price and that no success metric may use.
_reference_problem_statement = problem_statement


def problem_statement():
    statement = _reference_problem_statement()
    statement["success_metrics"]["user"] = ["sellers rate the suggestion's accuracy 4 out of 5 or better"]
    return statement
