# Known-wrong for kata 5.5: compares feature names as sets, so a caller that sends the right
# columns in another order is accepted (and fills attack with hp).


def load_model(directory, expected_features):
    directory = Path(directory)
    metadata = json.loads((directory / METADATA_FILE).read_text(encoding="utf-8"))
    saved, expected = set(metadata["feature_names"]), set(expected_features)
    if saved != expected:
        raise ValueError(f"feature schema mismatch: missing {sorted(saved - expected)}, "
                         f"unexpected {sorted(expected - saved)}")
    for key, (library, installed) in _installed_versions().items():
        if metadata.get(key) != installed:
            raise ValueError(f"saved with {library} {metadata.get(key)}, {installed} installed")
    with open(directory / MODEL_FILE, "rb") as file:
        return pickle.load(file), metadata
