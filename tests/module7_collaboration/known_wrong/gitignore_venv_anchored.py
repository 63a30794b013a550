# Known-wrong for kata 7.9: anchors the virtual environments at the root (/.venv/, /venv/), so
# the environment of a service in a subfolder is committed with its thousands of files.

_reference_gitignore = ml_gitignore


def ml_gitignore():
    return _reference_gitignore().replace("\n.venv/\nvenv/\n", "\n/.venv/\n/venv/\n")
