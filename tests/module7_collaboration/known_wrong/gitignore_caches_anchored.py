# Known-wrong for kata 7.9: anchors the cache and tracking-store folders at the root, as the
# data and model folders are, so a cache or an mlruns/ store in a subfolder is committed.

_reference_gitignore = ml_gitignore


def ml_gitignore():
    text = _reference_gitignore()
    for folder in ("__pycache__/", ".pytest_cache/", ".mypy_cache/", ".ruff_cache/",
                   ".ipynb_checkpoints/", ".hypothesis/", "mlruns/", "mlartifacts/", "wandb/"):
        text = text.replace(f"\n{folder}\n", f"\n/{folder}\n")
    return text
