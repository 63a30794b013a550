"""Kata 7.9: a .gitignore for an ML project."""

from __future__ import annotations


def ml_gitignore() -> str:
    """Return the text of a ``.gitignore`` for an ML project laid out like this repository.

    Git is for what people write: code, tests, configuration, documentation and small schema
    files. It is not for what programs produce or what must stay secret. The text you return
    must make git ignore:

    * data, in the project's top-level ``data/`` folder only (anchor the rule: ``/data/...``):
      every data file in it and in its subfolders, e.g. ``data/cards.csv``,
      ``data/raw/pokemon.csv``, ``data/processed/features.parquet``. The folder also holds
      what people write about and for the data, which stays: ``data/README.md`` (the data
      dictionary) and the Python files directly in it (``data/generate_dataset.py``, the code
      that recreates the data, and ``data/__init__.py``). Keep code out of data subfolders;
    * model artifacts: the top-level ``models/`` and ``artifacts/`` folders (anchored too: a
      package such as ``src/app/models/card.py`` is code), and files ending in ``.pkl``,
      ``.joblib``, ``.onnx``, ``.pt`` or ``.h5`` anywhere;
    * secrets, anywhere: ``.env`` and ``.env.*`` files (but not the template
      ``.env.example``), files ending in ``.pem`` or ``.key``, and any folder ``secrets/``;
    * virtual environments, anywhere: ``.venv/`` and ``venv/``;
    * caches, anywhere: ``__pycache__/``, ``*.pyc``, ``.pytest_cache/``, ``.mypy_cache/``,
      ``.ruff_cache/``, ``.ipynb_checkpoints/``, ``.hypothesis/``;
    * experiment-tracking stores, anywhere: ``mlruns/``, ``mlartifacts/``, ``wandb/``.

    And it must keep (not ignore) source code (``data`` or ``models`` packages below ``src/``
    included), tests, notebooks, configuration (``configs/*.yaml``, ``pyproject.toml``),
    documentation (``README.md``, ``data/README.md``), ``.env.example``, ``.gitignore`` itself,
    and schema files such as ``schemas/pokemon.schema.json``: do not ignore every ``.json``.

    Returns:
        The file's text, one pattern per line; comments (``#``) are welcome.

    Example:
        >>> print(ml_gitignore())  # doctest: +ELLIPSIS
        # Data: versioned outside git; the data dictionary stays
        ...

    Why it matters: a committed ``.env`` leaks credentials to everyone who can clone, and a
    500 MB model in git history makes every clone slow forever; version those with a model
    registry or data versioning tool, and commit only the code that recreates them.
    """
    # A pattern without a slash matches at any depth; a leading slash anchors it at the root,
    # so /models/ is the project's model store, not the package src/app/models/. "/data/*"
    # (not "/data/") ignores the folder's contents, so "!" can bring files back: git cannot
    # re-include a file whose parent folder is itself ignored, which is why the subfolders
    # (raw/, processed/) stay wholly ignored and hold no code.
    return """\
# Data: versioned outside git; the data dictionary and the code that makes the data stay
/data/*
!/data/README.md
!/data/*.py

# Model artifacts: the project's model stores, and model files anywhere
/models/
/artifacts/
*.pkl
*.joblib
*.onnx
*.pt
*.h5

# Secrets (the template .env.example documents the variables and stays)
.env
.env.*
!.env.example
*.pem
*.key
secrets/

# Virtual environments
.venv/
venv/

# Caches
__pycache__/
*.pyc
.pytest_cache/
.mypy_cache/
.ruff_cache/
.ipynb_checkpoints/
.hypothesis/

# Experiment tracking stores
mlruns/
mlartifacts/
wandb/
"""
