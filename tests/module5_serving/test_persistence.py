"""Kata 5.5: a saved model carries its metadata, and loading refuses a mismatched schema."""

from __future__ import annotations

import json
import platform

import numpy as np
import pandas as pd
import pytest
import sklearn

from katas.module5_serving.persistence import load_model, save_model

WHERE = "katas/module5_serving/persistence.py"
FEATURES = ["type1", "hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]


@pytest.fixture
def saved(tmp_path, fitted_pipeline):
    folder = save_model(fitted_pipeline, tmp_path / "models" / "v1", feature_names=FEATURES,
                        model_version="1.4.0")
    return tmp_path / "models" / "v1", folder


def metadata_of(folder):
    return json.loads((folder / "metadata.json").read_text(encoding="utf-8"))


def test_save_writes_the_model_and_its_metadata(saved):
    folder, returned = saved
    assert str(returned) == str(folder), f"save_model ({WHERE}) must return the directory it wrote"
    assert (folder / "model.pkl").is_file() and (folder / "metadata.json").is_file(), (
        f"save_model ({WHERE}) must write model.pkl and metadata.json into the directory "
        "(creating it and its parents)")
    metadata = metadata_of(folder)
    expected = {"feature_names": FEATURES, "model_version": "1.4.0",
                "sklearn_version": sklearn.__version__, "python_version": platform.python_version()}
    wrong = {k: metadata.get(k) for k, v in expected.items() if metadata.get(k) != v}
    assert not wrong, f"save_model ({WHERE}) wrote wrong or missing metadata {wrong}; expected {expected}"


def test_a_saved_model_loads_and_predicts_the_same(saved, fitted_pipeline, feature_rows):
    folder, _ = saved
    model, metadata = load_model(folder, list(FEATURES))
    frame = pd.DataFrame(feature_rows[:50])
    assert np.array_equal(model.predict_proba(frame), fitted_pipeline.predict_proba(frame)), (
        f"load_model ({WHERE}) returned a model that predicts differently from the one saved")
    assert metadata["model_version"] == "1.4.0" and metadata["feature_names"] == FEATURES


@pytest.mark.parametrize(("features", "named"), [
    ([f if f != "hp" else "hit_points" for f in FEATURES], ["hp", "hit_points"]),
    (FEATURES[:-1], ["speed"]),
    ([*FEATURES, "generation"], ["generation"]),
])
def test_loading_refuses_a_mismatched_feature_schema(saved, features, named):
    folder, _ = saved
    with pytest.raises(ValueError) as refused:
        load_model(folder, features)
    message = str(refused.value)
    assert all(name in message for name in named), (
        f"load_model ({WHERE}) refused the schema but its message {message!r} does not name "
        f"{named}: say which features are missing and which are unexpected")


def test_loading_refuses_the_right_names_in_the_wrong_order(saved):
    folder, _ = saved
    swapped = ["type1", "attack", "hp", "defense", "sp_attack", "sp_defense", "speed"]
    with pytest.raises(ValueError) as refused:
        load_model(folder, swapped)
    assert "order" in str(refused.value).lower(), (
        f"load_model ({WHERE}) must say that the order differs when the names match: "
        f"got {str(refused.value)!r}")


def test_loading_refuses_a_model_saved_with_another_sklearn(saved):
    folder, _ = saved
    metadata = metadata_of(folder)
    metadata["sklearn_version"] = "0.24.2"
    (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    with pytest.raises(ValueError) as refused:
        load_model(folder, FEATURES)
    assert "0.24.2" in str(refused.value) and sklearn.__version__ in str(refused.value), (
        f"load_model ({WHERE}) must name both scikit-learn versions when they differ; got "
        f"{str(refused.value)!r}")


def test_loading_checks_the_metadata_before_unpickling(saved):
    folder, _ = saved
    (folder / "model.pkl").write_bytes(b"not a pickle")
    with pytest.raises(ValueError) as refused:
        load_model(folder, FEATURES[:-1])
    assert "speed" in str(refused.value), (
        f"load_model ({WHERE}) must check the feature schema before unpickling the model")


def test_loading_without_metadata_names_the_missing_file(saved):
    folder, _ = saved
    (folder / "metadata.json").unlink()
    with pytest.raises(FileNotFoundError) as missing:
        load_model(folder, FEATURES)
    assert "metadata.json" in str(missing.value), (
        f"load_model ({WHERE}) must raise FileNotFoundError naming metadata.json")
