"""Kata 5.5: save a model with its metadata; refuse to load one that expects other features."""

from __future__ import annotations

import json
import pickle
import platform
from pathlib import Path
from typing import Any

import numpy
import sklearn

MODEL_FILE = "model.pkl"
METADATA_FILE = "metadata.json"


def save_model(model: Any, directory: Path, *, feature_names: list[str], model_version: str) -> Path:
    """Save a fitted model and the metadata needed to load it safely later.

    Writes two files into ``directory`` (created if missing, parents included):

    * ``model.pkl``: the pickled model (``pickle`` or ``joblib``);
    * ``metadata.json``: a JSON object with at least ``feature_names`` (the list, in order),
      ``model_version``, and the exact versions of the libraries the pickle depends on:
      ``sklearn_version`` (``sklearn.__version__``), ``numpy_version`` (``numpy.__version__``)
      and ``python_version`` (``platform.python_version()``).

    A scikit-learn estimator fitted on a DataFrame records its input columns in
    ``feature_names_in_``. When the model has that attribute, it must equal
    ``feature_names`` (same names, same order); else ``ValueError`` naming both lists, and
    nothing is written: metadata that contradicts the model is worse than none.

    Args:
        model: any picklable fitted model.
        directory: where to write the two files.
        feature_names: the input columns the model expects, in the order it expects them.
        model_version: e.g. ``"1.0.0"``.

    Returns:
        ``directory`` as a ``Path``.

    Raises:
        ValueError: ``feature_names`` disagrees with the model's ``feature_names_in_``.

    Example:
        >>> save_model(model, tmp_path / "v1", feature_names=["type1", "hp"], model_version="1.0.0")  # doctest: +SKIP
        PosixPath('.../v1')

    Why: a pickle alone does not say what it expects. Six months later, "which columns, in
    which order, trained with which library?" must have an answer written next to the model.
    """
    names_in_model = getattr(model, "feature_names_in_", None)
    if names_in_model is not None and list(names_in_model) != list(feature_names):
        raise ValueError(f"feature_names {list(feature_names)} disagree with the columns the model "
                         f"was fitted on (feature_names_in_): {list(names_in_model)}")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / MODEL_FILE, "wb") as file:
        pickle.dump(model, file)
    metadata = {
        "feature_names": list(feature_names),
        "model_version": model_version,
        **{key: version for key, (_, version) in _installed_versions().items()},
        "python_version": platform.python_version(),
    }
    (directory / METADATA_FILE).write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    return directory


def load_model(directory: Path, expected_features: list[str]) -> tuple[Any, dict]:
    """Load a model saved by ``save_model``, refusing one the serving code cannot feed correctly.

    Checks, before unpickling anything:

    1. ``metadata.json`` exists; else ``FileNotFoundError`` naming the file.
    2. The saved ``feature_names`` equal ``expected_features`` exactly, order included; else
       ``ValueError`` whose message names the features the model expects but the caller lacks
       ("missing"), those the caller has but the model does not know ("unexpected"), and, when
       the names match but the order differs, says so ("order").
    3. The saved ``sklearn_version`` and ``numpy_version`` equal the installed versions
       exactly (a patch release counts: ``1.5.1`` is not ``1.5.2``); else ``ValueError``
       naming the library and both versions. scikit-learn does not support unpickling a model
       under any other version than the one that saved it: pin the versions the model was
       trained with in the serving environment, or retrain.

    Nothing else is compared: ``python_version`` is recorded for reference, and a model saved
    under another Python release loads when the three checks pass.

    Args:
        directory: the folder ``save_model`` wrote.
        expected_features: the columns the serving code will send, in its order.

    Returns:
        ``(model, metadata)``: the unpickled model and the metadata dict.

    Example:
        >>> model, meta = load_model(folder, ["type1", "hp"])          # doctest: +SKIP
        >>> load_model(folder, ["type1", "hit_points"])                 # doctest: +SKIP
        ValueError: feature schema mismatch: missing ['hp'], unexpected ['hit_points']

    Why: a model fed columns in another order than it was trained on answers wrongly for
    every request when it was fitted on plain arrays (a DataFrame-fitted scikit-learn model
    raises instead, but only when the first request arrives). Failing at start-up with a clear
    message is the cheap place to catch both.
    """
    directory = Path(directory)
    metadata_path = directory / METADATA_FILE
    if not metadata_path.is_file():
        raise FileNotFoundError(f"no model metadata at {metadata_path}: was it saved with save_model?")
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    saved = list(metadata["feature_names"])
    expected = list(expected_features)
    if saved != expected:
        missing = [name for name in saved if name not in expected]
        unexpected = [name for name in expected if name not in saved]
        problem = (f"missing {missing}, unexpected {unexpected}" if missing or unexpected
                   else f"same names in another order: the model expects {saved}, got {expected}")
        raise ValueError(f"feature schema mismatch for the model in {directory}: {problem}")
    for key, (library, installed) in _installed_versions().items():
        saved_version = metadata.get(key)
        if saved_version != installed:  # exact: unpickling across versions is unsupported
            raise ValueError(f"the model in {directory} was saved with {library} {saved_version} but "
                             f"{installed} is installed: install {library}=={saved_version} or retrain")
    with open(directory / MODEL_FILE, "rb") as file:
        model = pickle.load(file)  # only ever unpickle files you produced yourself
    return model, metadata


def _installed_versions() -> dict[str, tuple[str, str]]:
    """Metadata key -> (library, installed version) for the libraries a pickle depends on."""
    return {"sklearn_version": ("scikit-learn", sklearn.__version__),
            "numpy_version": ("numpy", numpy.__version__)}
