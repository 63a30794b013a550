# Known-wrong for kata 5.5: writes whatever feature_names the caller passes, even when the
# fitted model itself records other columns in feature_names_in_.


def save_model(model, directory, *, feature_names, model_version):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / MODEL_FILE, "wb") as file:
        pickle.dump(model, file)
    metadata = {"feature_names": list(feature_names), "model_version": model_version,
                **{key: version for key, (_, version) in _installed_versions().items()},
                "python_version": platform.python_version()}
    (directory / METADATA_FILE).write_text(json.dumps(metadata), encoding="utf-8")
    return directory
