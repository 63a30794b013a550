# Known-wrong for kata 8.8: a checker that never finds anything: every documented file passes it,
# and so does every undocumented one.
def documentation_gaps(path):
    return []
