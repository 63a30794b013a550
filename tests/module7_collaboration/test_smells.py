"""Kata 7.5: find_smells flags the ML smells of the review checklist and stays quiet on clean code.

Rules of the docstring, and the test that enforces each (snippets in SMELLY, checked by
``test_smelly_snippet_is_flagged``, and CLEAN, checked by ``test_clean_snippet_stays_quiet``):

1. Test names by their underscore-separated parts: ``test_test_names_are_recognised_by_their_parts``
   and the clean snippet with ``latest``/``contest``.
2. ``fit-on-test``: the SMELLY cases "scaler fit on the test rows", "model fit on pooled ...",
   "encoder fit on an attribute ...", "partial_fit and fit_resample ..." (all four method names); only the call's arguments count, not the object's name:
   clean "a scaler named for the test set, fitted on training rows".
3. ``scale-before-split``: a fit before ``train_test_split`` or a cross-validation helper in the
   same scope: "scaling ... before the split", "... inside a function", "scaling before
   cross-validation", "scaling the training rows before cross-validating on them" (a fit
   between two splits is before one of them); clean: "a fit in another function than the split", "a pipeline inside
   cross-validation", "a fit after the split on the same line" (an *earlier* line only).
4. ``no-random-state``: the randomised calls and pandas-style ``.sample``: "split without a
   seed", "forest with random_state=None ...", "shuffled folds ...", "xgboost ...", "an
   unseeded sample of rows" (``n=``, ``frac=`` or no argument at all); clean: "deterministic
   folds and seeded estimators", "the standard library's random.sample, positional arguments
   only" (not pandas-style).
5. ``test-set-selection``: a test score that feeds a comparison or an argmax/max/min/sorted:
   the "choosing ..." cases (a keyword argument such as ``key=`` and the object of
   ``.idxmax()`` count); followed through variables filled by assignment (``scores[name] =``
   and ``+=`` included), ``.append``/``.extend``/``.add``/``.update`` and loop variables: the
   "gathered", "stored", "running total" and "loop variable" cases; clean: "model selection on validation, one final test score",
   "a bootstrap interval on the test set", "recall per group on the test set", "a quality gate
   on the test score", "cross-validation on training data".
6. Sorted by line then code, codes from ``SMELL_CODES``, a message each:
   ``test_smells_are_sorted_with_codes_and_messages``; one finding per line and smell:
   ``test_the_same_smell_on_one_line_is_reported_once``.
7. ``SyntaxError`` for invalid source, and the code is never run:
   ``test_invalid_source_raises_syntax_error_and_nothing_runs``.
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kata_framework.expect import must_raise
from katas.module7_collaboration.smells import SMELL_CODES, find_smells

WHERE = "find_smells (katas/module7_collaboration/smells.py)"

SMELLY = {
    "scaler fit on the test rows": ("""\
        scaler = StandardScaler()
        X_train = scaler.fit_transform(X_train)
        X_test = scaler.fit_transform(X_test)
        """, {(3, "fit-on-test")}),
    "model fit on pooled train and test, keyword argument": ("""\
        model.fit(X=pd.concat([X_train, X_test]), y=y_all)
        """, {(1, "fit-on-test")}),
    "encoder fit on an attribute of the test split": ("""\
        encoder.fit(splits.test_rows["type1"])
        """, {(1, "fit-on-test")}),
    "partial_fit and fit_resample on test rows": ("""\
        model.partial_fit(X_train, y_train)
        model.partial_fit(X_test, y_test, classes=[0, 1])
        X_res, y_res = SMOTE(random_state=0).fit_resample(X_test, y_test)
        """, {(2, "fit-on-test"), (3, "fit-on-test")}),
    "scaling the whole frame before the split": ("""\
        X = StandardScaler().fit_transform(X)
        X_train, X_val, y_train, y_val = train_test_split(X, y, random_state=0)
        """, {(1, "scale-before-split")}),
    "scaling before the split inside a function": ("""\
        def prepare(frame):
            scaler = MinMaxScaler()
            scaler.fit(frame)
            scaled = scaler.transform(frame)
            return train_test_split(scaled, random_state=42)
        """, {(3, "scale-before-split")}),
    "split without a seed": ("""\
        X_train, X_val = train_test_split(X, test_size=0.2)
        """, {(1, "no-random-state")}),
    "forest with random_state=None, through the module": ("""\
        model = ensemble.RandomForestClassifier(n_estimators=100, random_state=None)
        """, {(1, "no-random-state")}),
    "shuffled folds without a seed": ("""\
        folds = StratifiedKFold(n_splits=5, shuffle=True)
        """, {(1, "no-random-state")}),
    "xgboost without a seed": ("""\
        booster = XGBClassifier(max_depth=3)
        """, {(1, "no-random-state")}),
    "choosing the model by test score in a loop": ("""\
        best = None
        for name, model in models.items():
            model.fit(X_train, y_train)
            score = f1_score(y_test, model.predict(X_test))
            if best is None or score > best[1]:
                best = (name, score)
        """, {(4, "test-set-selection")}),
    "choosing the depth by test score in a comprehension": ("""\
        scores = {d: make_tree(d).score(X_test, y_test) for d in range(1, 10)}
        best_depth = max(scores, key=scores.get)
        """, {(1, "test-set-selection")}),
    "choosing a threshold by test loss with argmin": ("""\
        while threshold < 0.9:
            losses.append(log_loss(y_test, probabilities >= threshold))
            threshold += 0.05
        best = thresholds[np.argmin(losses)]
        """, {(2, "test-set-selection")}),
    "choosing between two models by test score, no loop": ("""\
        old = f1_score(y_test, baseline.predict(X_test))
        new = f1_score(y_test, candidate.predict(X_test))
        shipped = candidate if new > old else baseline
        """, {(1, "test-set-selection"), (2, "test-set-selection")}),
    "choosing with a key function that scores the test set": ("""\
        best = max(models, key=lambda m: m.score(X_test, y_test))
        """, {(1, "test-set-selection")}),
    "choosing with idxmax on a frame of test scores": ("""\
        scores = [f1_score(y_test, m.predict(X_test)) for m in models]
        best = pd.Series(scores, index=names).idxmax()
        """, {(1, "test-set-selection")}),
    "test scores gathered with update, then max": ("""\
        results = {}
        for name, model in models.items():
            results.update({name: recall_score(y_test, model.predict(X_test))})
        best = max(results, key=results.get)
        """, {(3, "test-set-selection")}),
    "test scores gathered with add and extend": ("""\
        losses = set()
        losses.add(log_loss(y_test, p_test))
        errors = []
        errors.extend([mean_squared_error(y_test, q_test)])
        pick = min(losses), sorted(errors)
        """, {(2, "test-set-selection"), (4, "test-set-selection")}),
    "a loop variable over test scores compared": ("""\
        test_scores = [m.score(X_test, y_test) for m in models]
        best = 0
        for value in test_scores:
            if value > best:
                best = value
        """, {(1, "test-set-selection")}),
    "test scores stored by key, then max": ("""\
        for name, model in models.items():
            scores[name] = f1_score(y_test, model.predict(X_test))
        best = max(scores, key=scores.get)
        """, {(2, "test-set-selection")}),
    "a running total of test scores compared": ("""\
        total = 0
        total += f1_score(y_test, a.predict(X_test))
        chosen = a if total > other else b
        """, {(2, "test-set-selection")}),
    "scaling before cross-validation": ("""\
        X = StandardScaler().fit_transform(X)
        scores = cross_val_score(LogisticRegression(), X, y, cv=5)
        """, {(1, "scale-before-split")}),
    "scaling the training rows before cross-validating on them": ("""\
        X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
        X_train = StandardScaler().fit_transform(X_train)
        scores = cross_val_score(LogisticRegression(), X_train, y_train, cv=5)
        """, {(2, "scale-before-split")}),
    "an unseeded sample of rows": ("""\
        shuffled = df.sample(frac=1)
        subset = df.sample(n=100, replace=True)
        one = df.sample()
        """, {(1, "no-random-state"), (2, "no-random-state"), (3, "no-random-state")}),
}

CLEAN = {
    "split first, fit on train, transform test": """\
        X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
        scaler = StandardScaler().fit(X_train)
        X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
        """,
    "model selection on validation, one final test score": """\
        for name, model in candidates.items():
            model.fit(X_train, y_train)
            scores[name] = f1_score(y_val, model.predict(X_val))
        best = candidates[max(scores, key=scores.get)]
        final = f1_score(y_test, best.predict(X_test))
        """,
    "names that merely contain the letters t-e-s-t": """\
        model.fit(latest_batch, contest_labels)
        for attestation in attestations:
            print(accuracy_score(y_latest, model.predict(latest)))
        testing_notes.fit(tests)
        """,
    "deterministic folds and seeded estimators": """\
        folds = KFold(n_splits=5)
        strat = StratifiedKFold(5, shuffle=False)
        forest = RandomForestClassifier(n_estimators=50, random_state=SEED)
        tree = DecisionTreeRegressor(**params)
        head, tail = train_test_split(frame, shuffle=False)
        """,
    "a fit after the split on the same line": """\
        X_train, X_test = train_test_split(X, random_state=0); scaler = StandardScaler().fit(X_train)
        """,
    "a fit in another function than the split": """\
        def fit_scaler(X_train):
            return StandardScaler().fit(X_train)

        def split(X, y):
            return train_test_split(X, y, random_state=1)
        """,
    "cross-validation on training data": """\
        for params in grid:
            cv = cross_val_score(make_model(params), X_train, y_train, cv=folds)
        """,
    "a pipeline inside cross-validation": """\
        pipe = make_pipeline(StandardScaler(), LogisticRegression())
        scores = cross_val_score(pipe, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0))
        pipe.fit(X, y)
        """,
    "a bootstrap interval on the test set": """\
        rng = np.random.default_rng(0)
        recalls = []
        for _ in range(1000):
            rows = rng.integers(0, len(y_test), len(y_test))
            recalls.append(recall_score(y_test[rows], predicted[rows]))
        low, high = np.percentile(recalls, [2.5, 97.5])
        """,
    "recall per group on the test set": """\
        per_group = {group: recall_score(y_test[groups == group], predicted[groups == group])
                     for group in np.unique(groups)}
        report = pd.Series(per_group).sort_index()
        """,
    "a quality gate on the test score": """\
        final = f1_score(y_test, model.predict(X_test))
        assert final >= 0.8, "the model does not meet the launch bar"
        """,
    "a seeded sample of rows": """\
        shuffled = df.sample(frac=1, random_state=0)
        """,
    "the standard library's random.sample, positional arguments only": """\
        picked = random.sample(names, 3)
        """,
    "a scaler named for the test set, fitted on training rows": """\
        test_scaler = StandardScaler()
        test_scaler.fit(X_train)
        X_test_scaled = test_scaler.transform(X_test)
        """,
    "a quality gate against a negative number": """\
        drift = r2_score(y_test, model.predict(X_test)) - baseline_r2
        assert drift > -0.05, "the new model may not lose more than 0.05 of R2"
        """,
    "an incremental fit before cross-validation": """\
        online.partial_fit(X_first_batch, y_first_batch, classes=[0, 1])
        scores = cross_val_score(make_model(), X_train, y_train, cv=5)
        """,
}


def found(source: str) -> set[tuple[int, str]]:
    smells = find_smells(textwrap.dedent(source))
    assert isinstance(smells, list), f"{WHERE} must return a list of Smell, got {type(smells).__name__}"
    return {(smell.line, smell.code) for smell in smells}


@pytest.mark.parametrize("case", sorted(SMELLY), ids=str)
def test_smelly_snippet_is_flagged(case):
    source, expected = SMELLY[case]
    got = found(source)
    assert got == expected, (
        f"{WHERE} on the snippet '{case}':\n{textwrap.dedent(source)}\nfound {sorted(got)}, "
        f"expected {sorted(expected)} (line, code)")


@pytest.mark.parametrize("case", sorted(CLEAN), ids=str)
def test_clean_snippet_stays_quiet(case):
    got = found(CLEAN[case])
    assert not got, (
        f"{WHERE} raised false alarms {sorted(got)} on the clean snippet '{case}':\n"
        f"{textwrap.dedent(CLEAN[case])}")


def test_smells_are_sorted_with_codes_and_messages():
    source = """\
        model = RandomForestClassifier(); X = scaler.fit_transform(X)
        X_train, X_test = train_test_split(X)
        model.fit(X_test, y_test)
        """
    smells = find_smells(textwrap.dedent(source))
    assert [(s.line, s.code) for s in smells] == [
        (1, "no-random-state"), (1, "scale-before-split"), (2, "no-random-state"),
        (3, "fit-on-test")], (
        f"{WHERE} returned {[(s.line, s.code) for s in smells]}: sort by line, then code")
    for smell in smells:
        assert smell.code in SMELL_CODES and isinstance(smell.message, str) and smell.message.strip(), (
            f"{WHERE}: {smell!r} needs a code from SMELL_CODES and a message saying what to do")


def test_the_same_smell_on_one_line_is_reported_once():
    got = find_smells("model.fit(X_test, y_test); model.fit(X_test[:5], y_test[:5])\n")
    assert [(s.line, s.code) for s in got] == [(1, "fit-on-test")], (
        f"{WHERE} reported {[(s.line, s.code) for s in got]}: one line with the same smell twice "
        "is one finding")


def test_invalid_source_raises_syntax_error_and_nothing_runs(tmp_path):
    with must_raise(SyntaxError, f"{WHERE} must raise SyntaxError for source that does not "
                    "parse (let ast.parse raise)"):
        find_smells("def broken(:\n")
    marker = tmp_path / "ran"
    assert find_smells(f"open({str(marker)!r}, 'w').write('x')\n") == []
    assert not marker.exists(), f"{WHERE} ran the code under review: parse it, never execute it"


name_parts = st.sampled_from(["x", "y", "df", "data", "train", "val", "latest", "contest",
                              "tests", "testing", "features", "test", "Test", "X", "Xtest", "ytest"])


@given(st.lists(name_parts, min_size=1, max_size=3))
def test_test_names_are_recognised_by_their_parts(parts):
    name = "_".join(parts)
    is_test = any(part.lower() in ("test", "xtest", "ytest") for part in parts)
    got = found(f"model.fit({name}, labels)\n")
    expected = {(1, "fit-on-test")} if is_test else set()
    assert got == expected, (
        f"{WHERE}: model.fit({name}, labels) gave {sorted(got)}; {name!r} is "
        f"{'a test name' if is_test else 'not a test name'} (split on '_', a part equal to "
        "test, xtest or ytest)")
