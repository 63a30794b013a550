# Known-wrong for kata 7.9: ignores every .json (schemas lost) and forgets the tracking stores.


def ml_gitignore():
    return """\
data/
*.csv
*.json
*.pkl
*.joblib
models/
.env
.venv/
__pycache__/
.pytest_cache/
"""
