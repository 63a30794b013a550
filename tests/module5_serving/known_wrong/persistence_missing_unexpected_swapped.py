# Known-wrong for kata 5.5: takes "missing" from the caller's side, so a column the caller
# forgot is reported as unexpected and a new one as missing: the message sends the reader the
# wrong way.


def load_model(directory, expected_features):
    directory = Path(directory)
    metadata_path = directory / METADATA_FILE
    if not metadata_path.is_file():
        raise FileNotFoundError(f"no model metadata at {metadata_path}")
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    saved = list(metadata["feature_names"])
    expected = list(expected_features)
    if saved != expected:
        missing = [name for name in expected if name not in saved]
        unexpected = [name for name in saved if name not in expected]
        problem = (f"missing {missing}, unexpected {unexpected}" if missing or unexpected
                   else f"same names in another order: the model expects {saved}, got {expected}")
        raise ValueError(f"feature schema mismatch for the model in {directory}: {problem}")
    for key, (library, installed) in _installed_versions().items():
        saved_version = metadata.get(key)
        if saved_version != installed:
            raise ValueError(f"the model in {directory} was saved with {library} {saved_version} but "
                             f"{installed} is installed")
    with open(directory / MODEL_FILE, "rb") as file:
        model = pickle.load(file)
    return model, metadata
