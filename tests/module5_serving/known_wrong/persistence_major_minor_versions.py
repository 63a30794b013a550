# Known-wrong for kata 5.5: accepts any version with the same major.minor ("patch releases are
# compatible"), which scikit-learn does not promise for pickles.


def load_model(directory, expected_features):
    directory = Path(directory)
    metadata_path = directory / METADATA_FILE
    if not metadata_path.is_file():
        raise FileNotFoundError(f"no model metadata at {metadata_path}")
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    saved, expected = list(metadata["feature_names"]), list(expected_features)
    if saved != expected:
        missing = [n for n in saved if n not in expected]
        unexpected = [n for n in expected if n not in saved]
        raise ValueError(f"feature schema mismatch: missing {missing}, unexpected {unexpected}"
                         if missing or unexpected else f"same names in another order: {saved}")
    for key, (library, installed) in _installed_versions().items():
        if metadata[key].split(".")[:2] != installed.split(".")[:2]:
            raise ValueError(f"saved with {library} {metadata[key]}, {installed} installed")
    with open(directory / MODEL_FILE, "rb") as file:
        return pickle.load(file), metadata
