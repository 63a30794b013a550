# Known-wrong for kata 5.5: treats a mismatch as a renamed column only when names are both
# missing and unexpected; a dropped or an added column is then reported as an order problem.


def load_model(directory, expected_features):
    directory = Path(directory)
    metadata_path = directory / METADATA_FILE
    if not metadata_path.is_file():
        raise FileNotFoundError(f"no model metadata at {metadata_path}")
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    saved, expected = list(metadata["feature_names"]), list(expected_features)
    if saved != expected:
        missing = [name for name in saved if name not in expected]
        unexpected = [name for name in expected if name not in saved]
        if missing and unexpected:
            raise ValueError(f"feature schema mismatch: missing {missing}, unexpected {unexpected}")
        raise ValueError(f"features in another order: the model expects {saved}, got {expected}")
    for key, (library, installed) in _installed_versions().items():
        if metadata.get(key) != installed:
            raise ValueError(f"saved with {library} {metadata.get(key)}, {installed} installed")
    with open(directory / MODEL_FILE, "rb") as file:
        return pickle.load(file), metadata
