# Known-wrong for kata 5.5: mkdir(parents=True) without exist_ok, so saving into a folder that
# already exists (a shared models/ folder, a second save) fails with FileExistsError.


def save_model(model, directory, *, feature_names, model_version):
    names_in_model = getattr(model, "feature_names_in_", None)
    if names_in_model is not None and list(names_in_model) != list(feature_names):
        raise ValueError(f"feature_names {list(feature_names)} disagree with {list(names_in_model)}")
    directory = Path(directory)
    directory.mkdir(parents=True)
    with open(directory / MODEL_FILE, "wb") as file:
        pickle.dump(model, file)
    metadata = {
        "feature_names": list(feature_names),
        "model_version": model_version,
        **{key: version for key, (_, version) in _installed_versions().items()},
        "python_version": platform.python_version(),
    }
    (directory / METADATA_FILE).write_text(json.dumps(metadata), encoding="utf-8")
    return directory
