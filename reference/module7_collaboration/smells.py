"""Kata 7.5: a code-review checklist turned into a tool: find ML code smells with the AST."""

from __future__ import annotations

import ast
import re
from typing import NamedTuple

#: The smells find_smells reports.
SMELL_CODES = ("fit-on-test", "scale-before-split", "no-random-state", "test-set-selection")

#: Calls that draw random numbers and so need ``random_state`` to be repeatable.
RANDOMISED_CALLS = ("train_test_split", "KFold", "StratifiedKFold", "ShuffleSplit",
                    "StratifiedShuffleSplit", "RandomizedSearchCV", "DecisionTreeClassifier",
                    "DecisionTreeRegressor", "RandomForestClassifier", "RandomForestRegressor",
                    "ExtraTreesClassifier", "ExtraTreesRegressor", "GradientBoostingClassifier",
                    "GradientBoostingRegressor", "XGBClassifier", "XGBRegressor")


class Smell(NamedTuple):
    """One finding of the checker: where, which smell, and what to do about it."""

    line: int
    code: str
    message: str


def find_smells(source: str) -> list[Smell]:
    """Return the ML code smells in the Python ``source``, sorted by line, then code.

    The source is parsed with :mod:`ast`, never run. A *test name* is a variable or attribute
    name one of whose underscore-separated parts, lowercased, is ``test``, ``xtest`` or
    ``ytest``: ``X_test``, ``y_test``, ``test_df``, ``df_test``, ``data.test_rows``, ``Xtest``.
    ``latest``, ``contest``, ``tests`` and ``testing`` are not test names. An expression
    *mentions the test set* when a test name appears anywhere inside it
    (``pd.concat([X_train, X_test])`` does).

    The smells, each reported on the line where its call starts:

    * ``fit-on-test``: a call of a method named ``fit``, ``fit_transform``, ``partial_fit``
      or ``fit_resample`` with an argument (positional or keyword) that mentions the test set.
    * ``scale-before-split``: a call of a method named ``fit`` or ``fit_transform`` on an
      earlier line than a call of ``train_test_split`` in the same scope (the module body, or
      one function's body, not counting functions defined inside it).
    * ``no-random-state``: a call of one of ``RANDOMISED_CALLS`` (by bare name or as an
      attribute, ``ensemble.RandomForestClassifier``) without a ``random_state`` keyword, or
      with ``random_state=None``. Not a smell: ``KFold`` and ``StratifiedKFold`` without
      ``shuffle=True`` (they are deterministic), ``train_test_split`` with ``shuffle=False``,
      and any call that passes ``**kwargs`` (the seed may be in there).
    * ``test-set-selection``: inside the body of a ``for`` or ``while`` loop, or inside a
      comprehension, a call of the ``score`` method or of a function or method whose name
      ends in ``_score``, ``_error`` or ``_loss``, with an argument that mentions the test
      set: scoring the test set once per candidate is choosing by test score. One final
      evaluation outside any loop is fine.

    A line with the same smell twice is reported once. ``message`` says in a sentence what
    is wrong and what to do.

    Args:
        source: Python source code.

    Returns:
        The smells found, an empty list for clean code.

    Raises:
        SyntaxError: if ``source`` is not valid Python.

    Example:
        >>> find_smells("scaler.fit(X_test)\\n")[0][:2]
        (1, 'fit-on-test')

    Why it matters: the same few mistakes account for most leaky or unrepeatable
    experiments, and a reviewer's eye tires; a checker in CI never does.
    """
    tree = ast.parse(source)  # parsing never runs the code under review
    smells = {*_fit_on_test(tree), *_scale_before_split(tree), *_no_random_state(tree),
              *_test_set_selection(tree)}
    return sorted(smells, key=lambda smell: (smell.line, smell.code))


_TEST_PART = re.compile(r"[xy]?test")
_FIT_METHODS = {"fit", "fit_transform", "partial_fit", "fit_resample"}
_MESSAGES = {
    "fit-on-test": "fitted on the test set: fit on training rows only, then transform the test rows",
    "scale-before-split": "fitted before train_test_split: split first, then fit on the training part",
    "no-random-state": "randomised without random_state: pass a fixed seed so runs repeat",
    "test-set-selection": "test set scored inside a loop: choose with validation or "
                          "cross-validation, score the test set once at the end",
}


def _smell(node: ast.AST, code: str) -> Smell:
    return Smell(node.lineno, code, _MESSAGES[code])


def _is_test_name(name: str) -> bool:
    return any(_TEST_PART.fullmatch(part) for part in name.lower().split("_"))


def _mentions_test(node: ast.AST) -> bool:
    return any((isinstance(n, ast.Name) and _is_test_name(n.id))
               or (isinstance(n, ast.Attribute) and _is_test_name(n.attr)) for n in ast.walk(node))


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def _arguments(call: ast.Call) -> list[ast.AST]:
    return [*call.args, *(keyword.value for keyword in call.keywords)]


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _fit_on_test(tree: ast.AST) -> list[Smell]:
    return [_smell(call, "fit-on-test") for call in _calls(tree)
            if isinstance(call.func, ast.Attribute) and call.func.attr in _FIT_METHODS
            and any(map(_mentions_test, _arguments(call)))]


def _scope_calls(body: list[ast.stmt]) -> list[ast.Call]:
    """Calls in a scope's statements, not descending into nested functions or classes."""
    found, pending = [], list(body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(node, ast.Call):
            found.append(node)
        pending.extend(ast.iter_child_nodes(node))
    return found


def _scale_before_split(tree: ast.AST) -> list[Smell]:
    scopes = [tree.body] + [node.body for node in ast.walk(tree)
                            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    smells = []
    for body in scopes:
        calls = _scope_calls(body)
        splits = [call.lineno for call in calls if _called_name(call) == "train_test_split"]
        if splits:
            smells += [_smell(call, "scale-before-split") for call in calls
                       if isinstance(call.func, ast.Attribute)
                       and call.func.attr in {"fit", "fit_transform"} and call.lineno < max(splits)]
    return smells


def _keyword(call: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _is_constant(node: ast.AST | None, value: object) -> bool:
    return isinstance(node, ast.Constant) and node.value is value


def _no_random_state(tree: ast.AST) -> list[Smell]:
    smells = []
    for call in _calls(tree):
        name = _called_name(call)
        if name not in RANDOMISED_CALLS or any(k.arg is None for k in call.keywords):
            continue  # not randomised, or **kwargs may carry the seed
        if name in {"KFold", "StratifiedKFold"} and not _is_constant(_keyword(call, "shuffle"), True):
            continue  # without shuffling the folds are deterministic
        if name == "train_test_split" and _is_constant(_keyword(call, "shuffle"), False):
            continue
        seed = _keyword(call, "random_state")
        if seed is None or _is_constant(seed, None):
            smells.append(_smell(call, "no-random-state"))
    return smells


def _is_scoring(call: ast.Call) -> bool:
    name = _called_name(call)
    return (name == "score" and isinstance(call.func, ast.Attribute)) or name.endswith(
        ("_score", "_error", "_loss"))


def _test_set_selection(tree: ast.AST) -> list[Smell]:
    loops = (ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp, ast.DictComp,
             ast.GeneratorExp)
    smells = []
    for loop in (node for node in ast.walk(tree) if isinstance(node, loops)):
        # A loop's else block and its iterable run once; only the repeated parts count.
        repeated = loop.body if isinstance(loop, (ast.For, ast.AsyncFor, ast.While)) else [loop]
        for part in repeated:
            smells += [_smell(call, "test-set-selection") for call in _calls(part)
                       if _is_scoring(call) and any(map(_mentions_test, _arguments(call)))]
    return smells
