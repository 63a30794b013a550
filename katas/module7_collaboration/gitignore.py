"""Kata 7.9: a .gitignore for an ML project."""

from __future__ import annotations


def ml_gitignore() -> str:
    """Return the text of a ``.gitignore`` for an ML project laid out like this repository.

    Git is for what people write: code, tests, configuration, documentation and small schema
    files. It is not for what programs produce or what must stay secret. The text you return
    must make git ignore, wherever they appear in the tree:

    * data: everything under ``data/`` except ``data/README.md`` (the data dictionary is
      documentation), e.g. ``data/raw/pokemon.csv``, ``data/processed/features.parquet``;
    * model artifacts: everything under ``models/`` and ``artifacts/``, and files ending in
      ``.pkl``, ``.joblib``, ``.onnx``, ``.pt`` or ``.h5`` anywhere;
    * secrets: ``.env`` and ``.env.*`` files (but not the template ``.env.example``), files
      ending in ``.pem`` or ``.key``, and the folder ``secrets/``;
    * virtual environments: ``.venv/`` and ``venv/``;
    * caches: ``__pycache__/``, ``*.pyc``, ``.pytest_cache/``, ``.mypy_cache/``,
      ``.ruff_cache/``, ``.ipynb_checkpoints/``, ``.hypothesis/``;
    * experiment-tracking stores: ``mlruns/``, ``mlartifacts/``, ``wandb/``.

    And it must keep (not ignore) source code, tests, notebooks, configuration
    (``configs/*.yaml``, ``pyproject.toml``), documentation (``README.md``, ``data/README.md``),
    ``.env.example``, ``.gitignore`` itself, and schema files such as
    ``schemas/pokemon.schema.json``: do not ignore every ``.json``.

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
    raise NotImplementedError("kata 7.9: implement ml_gitignore")
