# Known-wrong for kata 0.2: counts the full benefit from the first live month, as if every user
# trusted the model on day one.


def _timeline(project, months):
    _validate(project, months)
    return [(0.0, project.build_cost / project.build_months) if month <= project.build_months
            else (project.monthly_benefit, project.monthly_run_cost)
            for month in range(1, months + 1)]
