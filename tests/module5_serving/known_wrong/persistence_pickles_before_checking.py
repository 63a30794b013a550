# Known-wrong for kata 5.5: pickles the model first and checks feature_names_in_ afterwards, so a
# refused save leaves a model.pkl behind without the metadata that says what it expects.
import pickle
from pathlib import Path


def save_model(model, directory, *, feature_names, model_version):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / MODEL_FILE, "wb") as file:
        pickle.dump(model, file)
    names_in_model = getattr(model, "feature_names_in_", None)
    if names_in_model is not None and list(names_in_model) != list(feature_names):
        raise ValueError(f"feature_names {list(feature_names)} disagree with {list(names_in_model)}")
    metadata = {
        "feature_names": list(feature_names),
        "model_version": model_version,
        **{key: version for key, (_, version) in _installed_versions().items()},
        "python_version": platform.python_version(),
    }
    (directory / METADATA_FILE).write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    return directory
