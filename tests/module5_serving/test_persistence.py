"""Kata 5.5: a saved model carries its metadata, and loading refuses a mismatched schema.

Rules of the docstrings, and the test that enforces each:

1. ``save_model`` writes ``model.pkl`` and ``metadata.json`` (feature names in order, model
   version, exact scikit-learn, numpy and Python versions) into a new folder and returns it:
   ``test_save_writes_the_model_and_its_metadata``.
2. ``save_model`` refuses feature names that contradict the model's ``feature_names_in_``, and
   writes nothing then: ``test_saving_refuses_names_that_contradict_the_fitted_model``; a model
   without ``feature_names_in_`` is saved with the names given:
   ``test_a_model_fitted_on_arrays_is_saved_with_the_given_names``.
   The folder may already exist: ``test_saving_into_an_existing_folder_works``.
3. A saved model loads and predicts the same: ``test_a_saved_model_loads_and_predicts_the_same``.
4. ``metadata.json`` missing: ``FileNotFoundError`` naming it:
   ``test_loading_without_metadata_names_the_missing_file``.
5. Names differ: ``ValueError`` naming missing and unexpected ones, with those words, each name
   under its own word (a name only one side has, the other side's list intact, included):
   ``test_loading_refuses_a_mismatched_feature_schema``; same names in another order: the
   message says "order": ``test_loading_refuses_the_right_names_in_the_wrong_order``.
6. Library versions must be equal, exactly: ``test_loading_refuses_another_library_version``
   (a patch release of scikit-learn or numpy included); nothing else is compared:
   ``test_loading_does_not_compare_the_python_version``.
7. The checks run before unpickling: ``test_loading_checks_the_metadata_before_unpickling``.
"""

from __future__ import annotations

import json
import platform
import re

import numpy as np
import pandas as pd
import pytest
import sklearn
from sklearn.linear_model import LogisticRegression

from kata_framework.expect import must_raise
from katas.module5_serving.persistence import load_model, save_model

WHERE = "katas/module5_serving/persistence.py"
FEATURES = ["type1", "hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
SWAPPED = ["type1", "attack", "hp", "defense", "sp_attack", "sp_defense", "speed"]


@pytest.fixture
def saved(tmp_path, fitted_pipeline):
    folder = save_model(fitted_pipeline, tmp_path / "models" / "v1", feature_names=FEATURES,
                        model_version="1.4.0")
    return tmp_path / "models" / "v1", folder


def metadata_of(folder):
    return json.loads((folder / "metadata.json").read_text(encoding="utf-8"))


def bumped_patch(version: str) -> str:
    """The next patch release of a version: 1.5.1 -> 1.5.2."""
    major, minor, patch = (version.split(".") + ["0", "0"])[:3]
    digits = "".join(ch for ch in patch if ch.isdigit()) or "0"
    return f"{major}.{minor}.{int(digits) + 1}"


def test_save_writes_the_model_and_its_metadata(saved):
    folder, returned = saved
    assert str(returned) == str(folder), f"save_model ({WHERE}) must return the directory it wrote"
    assert (folder / "model.pkl").is_file() and (folder / "metadata.json").is_file(), (
        f"save_model ({WHERE}) must write model.pkl and metadata.json into the directory "
        "(creating it and its parents)")
    metadata = metadata_of(folder)
    expected = {"feature_names": FEATURES, "model_version": "1.4.0",
                "sklearn_version": sklearn.__version__, "numpy_version": np.__version__,
                "python_version": platform.python_version()}
    wrong = {k: metadata.get(k) for k, v in expected.items() if metadata.get(k) != v}
    assert not wrong, f"save_model ({WHERE}) wrote wrong or missing metadata {wrong}; expected {expected}"


def test_saving_refuses_names_that_contradict_the_fitted_model(tmp_path, fitted_pipeline):
    folder = tmp_path / "contradicting"
    with must_raise(ValueError, f"save_model ({WHERE}) must refuse feature_names in another order "
                    "than the model's feature_names_in_") as refused:
        save_model(fitted_pipeline, folder, feature_names=SWAPPED, model_version="1.0.0")
    assert "attack" in str(refused.value) and "hp" in str(refused.value), (
        f"save_model ({WHERE}) must name both lists of features; got {str(refused.value)!r}")
    written = [name for name in ("model.pkl", "metadata.json") if (folder / name).exists()]
    assert not written, (
        f"save_model ({WHERE}) refused the names but still wrote {written}: nothing may be "
        "written, a half-saved model is worse than none. Check the names before writing any file")


def test_saving_into_an_existing_folder_works(tmp_path, fitted_pipeline):
    folder = tmp_path / "existing"
    folder.mkdir()
    (folder / "README.txt").write_text("models of the legendary classifier", encoding="utf-8")
    returned = save_model(fitted_pipeline, folder, feature_names=FEATURES, model_version="1.0.0")
    assert str(returned) == str(folder) and (folder / "model.pkl").is_file(), (
        f"save_model ({WHERE}) must write into a folder that already exists (mkdir with "
        "exist_ok=True), not only into a new one")
    assert metadata_of(folder)["model_version"] == "1.0.0"


def test_a_model_fitted_on_arrays_is_saved_with_the_given_names(tmp_path):
    model = LogisticRegression().fit(np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 0.0], [0.0, 3.0]]),
                                     [0, 1, 1, 0])
    folder = save_model(model, tmp_path / "arrays", feature_names=["hp", "speed"],
                        model_version="0.1.0")
    assert metadata_of(folder)["feature_names"] == ["hp", "speed"], (
        f"save_model ({WHERE}): a model without feature_names_in_ (fitted on arrays) must be "
        "saved with the feature_names given")


def test_a_saved_model_loads_and_predicts_the_same(saved, fitted_pipeline, feature_rows):
    folder, _ = saved
    model, metadata = load_model(folder, list(FEATURES))
    frame = pd.DataFrame(feature_rows[:50])
    assert np.array_equal(model.predict_proba(frame), fitted_pipeline.predict_proba(frame)), (
        f"load_model ({WHERE}) returned a model that predicts differently from the one saved")
    assert metadata["model_version"] == "1.4.0" and metadata["feature_names"] == FEATURES, (
        f"load_model ({WHERE}) must return the saved metadata with the model")


@pytest.mark.parametrize(("features", "named", "words"), [
    pytest.param([f if f != "hp" else "hit_points" for f in FEATURES], ["hp", "hit_points"],
                 ["missing", "unexpected"], id="renamed-column"),
    pytest.param(FEATURES[:-1], ["speed"], ["missing"], id="missing-column"),
    pytest.param([*FEATURES, "generation"], ["generation"], ["unexpected"], id="unexpected-column"),
])
def test_loading_refuses_a_mismatched_feature_schema(saved, features, named, words):
    folder, _ = saved
    with must_raise(ValueError, f"load_model ({WHERE}) must refuse expected_features {features} "
                    f"for a model saved with {FEATURES}") as refused:
        load_model(folder, features)
    message = str(refused.value).replace(str(folder), "<folder>")
    assert all(name in message for name in named), (
        f"load_model ({WHERE}) refused the schema but its message {message!r} does not name "
        f"{named}: say which features are missing and which are unexpected")
    assert all(word in message.lower() for word in words), (
        f"load_model ({WHERE}) refused the schema with {message!r}: a feature only one side has "
        f"is not an order problem; say {' and '.join(repr(w) for w in words)} and name them")
    if len(named) == 1:  # one side only: the name must be filed under the right word
        assert _word_for(message, named[0]) == words[0], (
            f"load_model ({WHERE}) filed {named[0]!r} under the wrong word in {message!r}: "
            "'missing' is what the model expects and the caller lacks, 'unexpected' what the "
            "caller sends and the model does not know")


def _word_for(message: str, name: str) -> str | None:
    """The word ("missing" or "unexpected") a message files ``name`` under: the last one before
    the name ("missing ['speed']"), else the first one after it ("'speed' is missing")."""
    text = message.lower()
    at = text.find(name.lower())
    marks = sorted((m.start(), w) for w in ("missing", "unexpected")
                   for m in re.finditer(w, text))
    before = [w for start, w in marks if start < at]
    after = [w for start, w in marks if start > at]
    return before[-1] if before else (after[0] if after else None)


def test_loading_refuses_the_right_names_in_the_wrong_order(saved):
    folder, _ = saved
    with must_raise(ValueError, f"load_model ({WHERE}) must refuse the right names in another "
                    "order (compare lists, not sets)") as refused:
        load_model(folder, SWAPPED)
    assert "order" in str(refused.value).lower(), (
        f"load_model ({WHERE}) must say that the order differs when the names match: "
        f"got {str(refused.value)!r}")


@pytest.mark.parametrize(("key", "installed", "saved_as"), [
    pytest.param("sklearn_version", sklearn.__version__, "0.24.2", id="old-sklearn"),
    pytest.param("sklearn_version", sklearn.__version__, bumped_patch(sklearn.__version__),
                 id="sklearn-patch-release"),
    pytest.param("numpy_version", np.__version__, bumped_patch(np.__version__),
                 id="numpy-patch-release"),
])
def test_loading_refuses_another_library_version(saved, key, installed, saved_as):
    folder, _ = saved
    metadata = metadata_of(folder)
    metadata[key] = saved_as
    (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    with must_raise(ValueError, f"load_model ({WHERE}) must refuse a model whose {key} is "
                    f"{saved_as} while {installed} is installed: versions must match exactly"
                    ) as refused:
        load_model(folder, FEATURES)
    assert saved_as in str(refused.value) and installed in str(refused.value), (
        f"load_model ({WHERE}) must name both versions when they differ; got "
        f"{str(refused.value)!r}")


def test_loading_checks_the_metadata_before_unpickling(saved):
    folder, _ = saved
    (folder / "model.pkl").write_bytes(b"not a pickle")
    with must_raise(ValueError, f"load_model ({WHERE}) must refuse a mismatched schema before "
                    "unpickling the model") as refused:
        load_model(folder, FEATURES[:-1])
    assert "speed" in str(refused.value), (
        f"load_model ({WHERE}) must check the feature schema before unpickling the model")


def test_loading_without_metadata_names_the_missing_file(saved):
    folder, _ = saved
    (folder / "metadata.json").unlink()
    with must_raise(FileNotFoundError, f"load_model ({WHERE}) must raise FileNotFoundError when "
                    "metadata.json is missing") as missing:
        load_model(folder, FEATURES)
    assert "metadata.json" in str(missing.value), (
        f"load_model ({WHERE}) must raise FileNotFoundError naming metadata.json")


def test_loading_does_not_compare_the_python_version(saved, fitted_pipeline, feature_rows):
    folder, _ = saved
    metadata = metadata_of(folder)
    metadata["python_version"] = "3.0.1"
    (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    try:
        model, _ = load_model(folder, FEATURES)
    except ValueError as refused:
        pytest.fail(f"load_model ({WHERE}) refused a model saved under Python 3.0.1 ({refused}): "
                    "only the feature names and the scikit-learn and numpy versions are compared; "
                    "python_version is recorded for reference")
    rows = pd.DataFrame(feature_rows[:5])
    assert np.allclose(model.predict_proba(rows), fitted_pipeline.predict_proba(rows)), (
        f"load_model ({WHERE}) must return the saved model")
