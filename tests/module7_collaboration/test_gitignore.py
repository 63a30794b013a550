"""Kata 7.9: ml_gitignore, checked by real git in a throwaway repository.

Rules of the docstring, and the test that enforces each (``git check-ignore`` on real paths):

1. Data in the top-level ``data/`` folder and its subfolders is ignored, ``data/README.md`` and
   the Python files directly in ``data/`` are kept, and a ``data`` package below ``src/`` is
   code: ``test_generated_and_secret_files_are_ignored[data]``,
   ``test_source_configuration_and_docs_are_kept[code in data and models folders]``.
2. The top-level ``models/`` and ``artifacts/`` and model files anywhere are ignored; a
   ``models`` package below ``src/`` is kept: ``...[model artifacts]`` and the same keep test.
3. Secrets anywhere, ``.env.example`` kept: ``...[secrets]``, ``...[templates and schemas]``.
4. Virtual environments, caches and tracking stores anywhere (each also in a subfolder, so a
   rule anchored at the root fails): ``...[virtual environments]``, ``...[caches]``,
   ``...[experiment tracking]``.
5. Code, tests, notebooks, configuration, documentation and schemas are kept (not every
   ``.json`` ignored): the keep tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from katas.module7_collaboration.gitignore import ml_gitignore

WHERE = "ml_gitignore (katas/module7_collaboration/gitignore.py)"
pytestmark = pytest.mark.timeout(20)

MUST_IGNORE = {
    "data": ["data/raw/pokemon.csv", "data/processed/features.parquet", "data/cards.csv",
             "data/external/sets/base.json", "data/batches/2024-01.csv"],
    "model artifacts": ["models/model.pkl", "models/v2/booster.json", "artifacts/run1/metrics.json",
                        "model.joblib", "src/legendary.onnx", "exports/net.pt", "keras/net.h5",
                        "notebooks/scratch.pkl"],
    "secrets": [".env", "configs/.env", ".env.local", ".env.production", "deploy/server.pem",
                "deploy/tls.key", "secrets/api_token.txt", "secrets/db.yaml",
                "deploy/secrets/token.txt"],
    "virtual environments": [".venv/bin/python", "venv/lib/site.py", "tools/.venv/bin/python",
                             "services/api/venv/bin/python"],
    "caches": ["__pycache__/train.cpython-311.pyc", "src/__pycache__/features.cpython-311.pyc",
               "src/old.pyc", ".pytest_cache/v/cache/lastfailed", ".mypy_cache/3.11/x.json",
               ".ruff_cache/content", "notebooks/.ipynb_checkpoints/eda-checkpoint.ipynb",
               ".hypothesis/examples/abc", "src/__pycache__/README", "serve/.pytest_cache/README.md",
               "serve/.mypy_cache/3.11/app.json", "serve/.ruff_cache/content",
               "serve/.hypothesis/examples/abc"],
    "experiment tracking": ["mlruns/0/meta.yaml", "mlartifacts/1/model/MLmodel",
                            "wandb/run-1/files/config.yaml", "experiments/mlruns/0/meta.yaml",
                            "experiments/mlartifacts/1/model/MLmodel",
                            "experiments/wandb/run-1/files/config.yaml"],
}
MUST_KEEP = {
    "code": ["src/features.py", "src/train.py", "serve/app.py", "src/models.py"],
    "code in data and models folders": ["data/generate_dataset.py", "data/__init__.py",
                                        "src/app/models/card.py", "src/app/models/__init__.py",
                                        "src/app/artifacts/store.py", "src/pipeline/data/loader.py"],
    "tests": ["tests/test_features.py", "tests/conftest.py"],
    "notebooks": ["notebooks/eda.ipynb"],
    "configuration": ["configs/train.yaml", "configs/serve.yaml", "pyproject.toml"],
    "documentation": ["README.md", "data/README.md", "docs/model_card.md"],
    "templates and schemas": [".env.example", "schemas/pokemon.schema.json", ".gitignore"],
}


def ignored_paths(tmp_path: Path, gitignore: str, paths: list[str]) -> set[str]:
    """The subset of ``paths`` that real ``git check-ignore`` says the .gitignore ignores.

    Only the .gitignore under test counts: no template, no system or global configuration and
    no personal excludes file, so a learner's own git setup cannot change the verdict.
    """
    assert shutil.which("git"), "these tests run the real git: install git and put it on PATH"
    no_excludes = tmp_path.parent / f"{tmp_path.name}-no-excludes"
    no_excludes.write_text("", encoding="utf-8")
    isolated = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    git = ["git", "-c", f"core.excludesFile={no_excludes}"]
    subprocess.run([*git, "init", "--quiet", "--template=", str(tmp_path)], check=True,
                   timeout=10, env=isolated)
    (tmp_path / ".gitignore").write_text(gitignore, encoding="utf-8")
    for relative in paths:
        path = tmp_path / relative
        if relative != ".gitignore":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("x", encoding="utf-8")
    result = subprocess.run([*git, "-C", str(tmp_path), "check-ignore", "--stdin"],
                            input="\n".join(paths), capture_output=True, text=True, timeout=10,
                            env=isolated)
    assert result.returncode in (0, 1), f"git check-ignore failed: {result.stderr}"
    return set(result.stdout.split())


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> set[str]:
    text = ml_gitignore()
    assert isinstance(text, str), f"{WHERE} must return the .gitignore text, got {type(text).__name__}"
    every_path = [p for group in (*MUST_IGNORE.values(), *MUST_KEEP.values()) for p in group]
    return ignored_paths(tmp_path_factory.mktemp("repo"), text, every_path)


@pytest.mark.parametrize("kind", sorted(MUST_IGNORE), ids=str)
def test_generated_and_secret_files_are_ignored(verdicts, kind):
    slipped = [path for path in MUST_IGNORE[kind] if path not in verdicts]
    assert not slipped, (
        f"{WHERE}: git would commit these {kind} files: {slipped}. Add patterns that ignore them")


@pytest.mark.parametrize("kind", sorted(MUST_KEEP), ids=str)
def test_source_configuration_and_docs_are_kept(verdicts, kind):
    lost = [path for path in MUST_KEEP[kind] if path in verdicts]
    assert not lost, (
        f"{WHERE}: git would ignore these {kind} files, which belong in the repository: {lost}. "
        "Make the pattern narrower (a leading slash anchors a folder rule at the root: /models/ "
        "is not src/app/models/), or re-include with '!' (git cannot re-include a file whose "
        "folder is ignored: ignore '/data/*', not '/data/')")
