# Known-right for kata 7.9: the data folder ignored with "/data/**", its subfolders re-included
# as folders ("!/data/**/") so that single files can come back; everything else by the spec.


def ml_gitignore():
    return "\n".join([
        "/data/**", "!/data/**/", "!/data/README.md", "!/data/*.py",
        "/models/", "/artifacts/", "*.pkl", "*.joblib", "*.onnx", "*.pt", "*.h5",
        ".env", ".env.*", "!.env.example", "*.pem", "*.key", "secrets/",
        ".venv/", "venv/",
        "__pycache__/", "*.py[cod]", ".pytest_cache/", ".mypy_cache/", ".ruff_cache/",
        ".ipynb_checkpoints/", ".hypothesis/",
        "mlruns/", "mlartifacts/", "wandb/",
    ]) + "\n"
