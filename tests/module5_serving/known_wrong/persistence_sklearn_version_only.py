# Known-wrong for kata 5.5: pins scikit-learn exactly but not numpy, whose arrays the pickle
# holds: a numpy upgrade alone goes unnoticed.


def save_model(model, directory, *, feature_names, model_version):
    names_in_model = getattr(model, "feature_names_in_", None)
    if names_in_model is not None and list(names_in_model) != list(feature_names):
        raise ValueError(f"feature_names {list(feature_names)} != {list(names_in_model)}")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / MODEL_FILE, "wb") as file:
        pickle.dump(model, file)
    metadata = {"feature_names": list(feature_names), "model_version": model_version,
                "sklearn_version": sklearn.__version__,
                "python_version": platform.python_version()}
    (directory / METADATA_FILE).write_text(json.dumps(metadata), encoding="utf-8")
    return directory


def _installed_versions():
    return {"sklearn_version": ("scikit-learn", sklearn.__version__)}
