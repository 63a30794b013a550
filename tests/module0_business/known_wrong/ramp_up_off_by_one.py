# Known-wrong for kata 0.2: starts adoption at 0 in the first live month (share (k - 1) / ramp_up).


def _timeline(project, months):
    _validate(project, months)
    timeline = []
    for month in range(1, months + 1):
        if month <= project.build_months:
            timeline.append((0.0, project.build_cost / project.build_months))
            continue
        live_month = month - project.build_months
        adoption = 1.0 if project.ramp_up_months == 0 else min(1.0, (live_month - 1) / project.ramp_up_months)
        timeline.append((project.monthly_benefit * adoption, project.monthly_run_cost))
    return timeline
