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

#: Calls that split the rows into parts that must not have been seen by an earlier fit.
SPLITTING_CALLS = ("train_test_split", "cross_val_score", "cross_validate", "cross_val_predict")


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
      earlier line than a call that splits the rows, in the same scope (the module body, or
      one function's body, not counting functions defined inside it). The splitting calls
      are ``SPLITTING_CALLS``: ``train_test_split`` and the cross-validation helpers
      (``cross_val_score``, ``cross_validate``, ``cross_val_predict``), whose folds are
      split from rows that the earlier fit has already seen.
    * ``no-random-state``: a call of one of ``RANDOMISED_CALLS`` (by bare name or as an
      attribute, ``ensemble.RandomForestClassifier``) without a ``random_state`` keyword, or
      with ``random_state=None``. Not a smell: ``KFold`` and ``StratifiedKFold`` without
      ``shuffle=True`` (they are deterministic), ``train_test_split`` with ``shuffle=False``,
      and any call that passes ``**kwargs`` (the seed may be in there). Also a smell: a
      pandas-style ``.sample(...)`` call (one with an ``n`` or ``frac`` keyword, or with no
      arguments) without ``random_state``.
    * ``test-set-selection``: a *test score* (a call of the ``score`` method or of a function
      or method whose name ends in ``_score``, ``_error`` or ``_loss``, with an argument that
      mentions the test set) that feeds a choice. It feeds a choice when the call, or a
      variable that holds it (assigned from an expression containing it or another such
      variable, or filled with ``.append``, ``.extend``, ``.add`` or ``.update``, or a loop
      variable iterating over one), appears in a comparison with anything but a literal
      number (``score > best``), or in an argument or the object of a call named ``max``,
      ``min``, ``sorted``, ``argmax``, ``argmin``, ``argsort``, ``idxmax`` or ``idxmin``.
      Variables are followed by name through the whole source. Reported on the test
      score's line. Evaluating on the test set is not a smell in itself: one final score,
      a bootstrap interval, per-group recall, or a quality gate against a fixed number
      (``assert score > 0.8``) choose nothing.

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
    "scale-before-split": "fitted before the rows are split (train_test_split or cross-validation): "
                          "split first and fit on the training part, or put the step in a Pipeline",
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
        splits = [call.lineno for call in calls if _called_name(call) in SPLITTING_CALLS]
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
    return smells + _unseeded_samples(tree)


def _unseeded_samples(tree: ast.AST) -> list[Smell]:
    """pandas-style ``.sample(n=...)``, ``.sample(frac=...)`` or ``.sample()`` without a seed."""
    smells = []
    for call in _calls(tree):
        if not (isinstance(call.func, ast.Attribute) and call.func.attr == "sample"):
            continue
        keywords = {k.arg for k in call.keywords}
        pandas_style = bool(keywords & {"n", "frac"}) or not (call.args or call.keywords)
        seed = _keyword(call, "random_state")
        if pandas_style and None not in keywords and (seed is None or _is_constant(seed, None)):
            smells.append(_smell(call, "no-random-state"))
    return smells


def _is_scoring(call: ast.Call) -> bool:
    name = _called_name(call)
    return (name == "score" and isinstance(call.func, ast.Attribute)) or name.endswith(
        ("_score", "_error", "_loss"))


_CHOOSING_CALLS = {"max", "min", "sorted", "argmax", "argmin", "argsort", "idxmax", "idxmin"}
_FILLING_METHODS = {"append", "extend", "add", "update"}


def _test_set_selection(tree: ast.AST) -> list[Smell]:
    test_scores = {call for call in _calls(tree)
                   if _is_scoring(call) and any(map(_mentions_test, _arguments(call)))}
    if not test_scores:
        return []
    holders = _score_holders(tree, test_scores)

    def feeding(node: ast.AST) -> set[ast.Call]:
        """The test-score calls whose values reach ``node``, directly or through variables."""
        fed = set()
        for inner in ast.walk(node):
            if inner in test_scores:
                fed.add(inner)
            elif isinstance(inner, ast.Name):
                fed |= holders.get(inner.id, set())
        return fed

    chosen: set[ast.Call] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            for index, operand in enumerate(operands):
                others = operands[:index] + operands[index + 1:]
                if not all(_is_number(other) for other in others):
                    chosen |= feeding(operand)  # compared with another value: a choice
        elif isinstance(node, ast.Call) and _called_name(node) in _CHOOSING_CALLS:
            receiver = [node.func.value] if isinstance(node.func, ast.Attribute) else []
            for part in [*_arguments(node), *receiver]:
                chosen |= feeding(part)
    return [_smell(call, "test-set-selection") for call in chosen]


def _is_number(node: ast.AST) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return (isinstance(node, ast.Constant) and isinstance(node.value, (int, float))
            and not isinstance(node.value, bool))


def _score_holders(tree: ast.AST, test_scores: set[ast.Call]) -> dict[str, set[ast.Call]]:
    """Variable name -> the test-score calls whose values it may hold (followed to a fixpoint)."""
    holders: dict[str, set[ast.Call]] = {}

    def fed(node: ast.AST) -> set[ast.Call]:
        found = set()
        for inner in ast.walk(node):
            if inner in test_scores:
                found.add(inner)
            elif isinstance(inner, ast.Name) and inner.id in holders:
                found |= holders[inner.id]
        return found

    flows = []  # (source expression, target expression)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            flows += [(node.value, target) for target in node.targets]
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.NamedExpr)) and node.value is not None:
            flows.append((node.value, node.target))
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            if not (isinstance(node.iter, ast.Call) and _called_name(node.iter) == "range"):
                flows.append((node.iter, node.target))  # an index from range(len(...)) holds no score
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in _FILLING_METHODS):
            flows += [(argument, node.func.value) for argument in _arguments(node)]
    changed = True
    while changed:
        changed = False
        for source, target in flows:
            calls = fed(source)
            if not calls:
                continue
            for name in _assigned_names(target):
                if not calls <= holders.get(name, set()):
                    holders[name] = holders.get(name, set()) | calls
                    changed = True
    return holders


def _assigned_names(target: ast.AST) -> list[str]:
    """The variable names a target writes: x, (a, b), scores[key], results.best -> results."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in _assigned_names(element)]
    if isinstance(target, ast.Starred):
        return _assigned_names(target.value)
    if isinstance(target, (ast.Subscript, ast.Attribute)):
        return _assigned_names(target.value)
    return []
