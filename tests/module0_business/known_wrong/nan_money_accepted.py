# Known-wrong for kata 0.2: checks the project with "< 0" and "<= 0", comparisons that are all
# False for NaN, so a NaN benefit, run cost or build cost passes and every figure comes out NaN.


def _validate(project, months):
    if months < 1:
        raise ValueError(f"the horizon must be at least 1 month, got {months}")
    if project.build_cost <= 0 or project.build_months < 1:
        raise ValueError("a project needs build_cost > 0 and build_months >= 1")
    if min(project.monthly_run_cost, project.monthly_benefit, project.ramp_up_months) < 0:
        raise ValueError("run cost, benefit and ramp-up months must not be negative")
