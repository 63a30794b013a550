# Known-wrong for kata 0.2: divides the net by the build cost only, leaving the run costs out of
# the denominator (another definition of ROI, but not the one this kata specifies).


def roi(project, months):
    timeline = _timeline(project, months)
    benefit = sum(b for b, _ in timeline)
    cost = sum(c for _, c in timeline)
    spent_on_build = project.build_cost / project.build_months * min(months, project.build_months)
    return (benefit - cost) / spent_on_build
