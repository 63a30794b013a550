# Known-wrong for kata 5.5: saves the metadata but never reads it back: any caller gets the
# model, whatever columns it is about to send.


def load_model(directory, expected_features):
    directory = Path(directory)
    with open(directory / MODEL_FILE, "rb") as file:
        model = pickle.load(file)
    metadata = json.loads((directory / METADATA_FILE).read_text(encoding="utf-8"))
    return model, metadata
