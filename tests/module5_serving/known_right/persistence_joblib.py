# Known-right for kata 5.5: joblib instead of pickle for the model file, versions looked up
# with importlib.metadata, and the order problem found with sorted lists.
import importlib.metadata

import joblib


def _versions():
    return {"sklearn_version": ("scikit-learn", importlib.metadata.version("scikit-learn")),
            "numpy_version": ("numpy", importlib.metadata.version("numpy"))}


def save_model(model, directory, *, feature_names, model_version):
    fitted_on = getattr(model, "feature_names_in_", None)
    if fitted_on is not None and list(fitted_on) != list(feature_names):
        raise ValueError(f"the model was fitted on {list(fitted_on)}, not {list(feature_names)}")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, directory / MODEL_FILE)
    metadata = {"feature_names": list(feature_names), "model_version": model_version,
                "python_version": platform.python_version(),
                **{key: version for key, (_, version) in _versions().items()}}
    (directory / METADATA_FILE).write_text(json.dumps(metadata), encoding="utf-8")
    return directory


def load_model(directory, expected_features):
    directory = Path(directory)
    path = directory / METADATA_FILE
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing")
    metadata = json.loads(path.read_text(encoding="utf-8"))
    saved, wanted = list(metadata["feature_names"]), list(expected_features)
    if sorted(saved) != sorted(wanted):
        raise ValueError(f"missing {sorted(set(saved) - set(wanted))}, "
                         f"unexpected {sorted(set(wanted) - set(saved))}")
    if saved != wanted:
        raise ValueError(f"the column order differs: model {saved}, caller {wanted}")
    for key, (library, installed) in _versions().items():
        if metadata.get(key) != installed:
            raise ValueError(f"{library}: saved with {metadata.get(key)}, running {installed}")
    return joblib.load(directory / MODEL_FILE), metadata
