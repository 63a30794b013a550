# Known-wrong for kata 8.8: checks docstrings and argument hints but forgets the return annotation.
_reference_documentation_gaps = documentation_gaps


def documentation_gaps(path):
    return [gap for gap in _reference_documentation_gaps(path) if not gap.endswith("return annotation")]
