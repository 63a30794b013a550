# Known-wrong for kata 5.5: also refuses a model saved under another Python release, although
# the docstring compares only the feature names and the scikit-learn and numpy versions: a
# Python patch upgrade on the server would stop every model from loading.


def _installed_versions():
    return {"sklearn_version": ("scikit-learn", sklearn.__version__),
            "numpy_version": ("numpy", numpy.__version__),
            "python_version": ("Python", platform.python_version())}
