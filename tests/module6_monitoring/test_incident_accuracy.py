"""Kata 6.4: incident 1. Diagnose the accuracy drop as broken input and quarantine the bad rows.

Rules and the tests that enforce them:

1. Broken input first: a column with more than 1% of rows NaN or outside its inclusive range is
   broken, most broken first, with ``invalid_share`` for every column, whatever the kind:
   ``test_the_incident_is_diagnosed_as_broken_defense``, ``test_broken_columns_most_broken_first``,
   ``test_the_invalid_share_limit_is_exclusive``, ``test_valid_but_shifted_inputs_are_data_drift``,
   ``test_unchanged_inputs_and_errors_are_inconclusive``.
2. Then data drift (KS, Bonferroni, a p-value strictly below the threshold), drifted columns in
   ``valid_ranges`` order: ``test_valid_but_shifted_inputs_are_data_drift``,
   ``test_drift_needs_the_bonferroni_threshold``, ``test_a_ks_p_value_exactly_at_the_threshold_is_not_drift``.
3. Then labels, never elimination: ``concept_drift`` only when the model's error rate rose
   significantly on unchanged inputs, else ``inconclusive``: ``test_a_concept_change_is_confirmed_by_the_labels``,
   ``test_unchanged_inputs_and_errors_are_inconclusive``; a fall in errors is not a rise (one-sided):
   ``test_errors_that_fell_are_not_concept_drift``,
   ``test_a_rise_in_errors_between_weeks_of_different_sizes_is_concept_drift``; at 0.05, on both sides
   of it: ``test_the_rise_is_tested_one_sided_at_5_percent``;
   the pooled z-test or Fisher's exact test, not the unpooled z-test:
   ``test_the_rise_is_judged_with_the_pooled_error_rate``;
   not with Yates' continuity correction: ``test_the_rise_is_not_judged_with_a_continuity_correction``;
   the error rates are of the valid rows of EACH week:
   ``test_errors_are_counted_on_the_valid_rows_only``, ``test_the_week_before_counts_its_valid_rows_only``;
   the model gets the ``valid_ranges`` columns in that order:
   ``test_the_model_gets_its_features_in_valid_ranges_order``.
4. ``quarantine_invalid_rows`` splits every row exactly once (NaN or outside the inclusive range
   is invalid; the bounds themselves are valid), keeps columns, index labels and order, and does
   not modify its input: ``test_quarantine_sets_aside_exactly_the_impossible_rows``,
   ``test_quarantine_partitions_any_frame``, ``test_range_bounds_are_valid``,
   ``test_quarantine_keeps_the_original_row_order``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sklearn.linear_model import LogisticRegression  # imported at collection, outside the timeout

from kata_framework import data
from katas.module6_monitoring.incident_accuracy import (
    STAT_RANGES,
    diagnose_accuracy_drop,
    quarantine_invalid_rows,
)

WHERE = "katas/module6_monitoring/incident_accuracy.py"
STATS = list(STAT_RANGES)


@pytest.fixture(scope="module")
def weeks():
    return data.incident("accuracy_drop/week_before"), data.incident("accuracy_drop/week_after")


class FittedOnFirstPredict:
    """The model in production, balanced logistic regression on the six stats, fitted the first time
    it is asked to predict: an unfinished kata fails before it asks, without paying for the fit."""

    def __init__(self):
        self._model = None

    def predict(self, rows):
        if self._model is None:
            reference = data.production_batch("reference")
            self._model = LogisticRegression(max_iter=1000, class_weight="balanced").fit(
                reference[STATS], reference["is_legendary"])
        return self._model.predict(rows)


@pytest.fixture(scope="module")
def production_model():
    return FittedOnFirstPredict()


def test_the_incident_is_diagnosed_as_broken_defense(weeks, production_model):
    before, after = weeks
    diagnosis = diagnose_accuracy_drop(before.copy(), after.copy(), STAT_RANGES, model=production_model)
    assert diagnosis.kind == "broken_input" and list(diagnosis.columns) == ["defense"], (
        f"diagnose_accuracy_drop ({WHERE}) answered kind={diagnosis.kind!r}, "
        f"columns={list(diagnosis.columns)}; in the week after, a quarter of the rows carry "
        "defense = 999, a value no species has: that is broken input, not drift. Check the valid "
        "ranges first")
    share = diagnosis.invalid_share
    assert set(share) == set(STATS) and 0.2 <= share["defense"] <= 0.3 and all(
        share[c] == 0 for c in STATS if c != "defense"), (
        f"diagnose_accuracy_drop ({WHERE}): invalid_share must give, for every checked column, "
        f"the share of rows outside its range; got {share}")


def test_valid_but_shifted_inputs_are_data_drift(production_model):
    reference, batch = data.production_batch("reference"), data.production_batch("batch_05")
    diagnosis = diagnose_accuracy_drop(reference, batch, STAT_RANGES, model=production_model)
    assert diagnosis.kind == "data_drift" and list(diagnosis.columns) == ["hp", "speed"], (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} {list(diagnosis.columns)} "
        "for batch_05 (HP scaled, speed lowered, all values valid): expected data_drift on "
        "['hp', 'speed'] (KS per column, Bonferroni)")
    assert diagnosis.invalid_share == {column: 0.0 for column in STATS}, (
        f"diagnose_accuracy_drop ({WHERE}) gave invalid_share {diagnosis.invalid_share} for batch_05; every "
        "diagnosis, whatever its kind, reports the invalid share of every checked column (all 0 here)")


def inverted_concept(batch):
    """The same inputs, labelled by a new rule: the weakest 8% by total stats are now 'legendary'."""
    total = batch[STATS].sum(axis=1)
    return batch.assign(is_legendary=total <= total.quantile(0.08))


def test_a_concept_change_is_confirmed_by_the_labels(production_model):
    before, after = data.production_batch("batch_01"), inverted_concept(data.production_batch("batch_02"))
    diagnosis = diagnose_accuracy_drop(before, after, STAT_RANGES, model=production_model)
    assert diagnosis.kind == "concept_drift" and list(diagnosis.columns) == [], (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} {list(diagnosis.columns)}: the inputs of "
        "both weeks come from the same distribution, and the labels show the model's error rate rising from about "
        "17% to about 28%: the relation between inputs and label moved (concept_drift)")


def test_unchanged_inputs_and_errors_are_inconclusive(production_model):
    before, after = data.production_batch("batch_01"), data.production_batch("batch_02")
    diagnosis = diagnose_accuracy_drop(before, after, STAT_RANGES, model=production_model)
    assert diagnosis.invalid_share == {column: 0.0 for column in STATS}, (
        f"diagnose_accuracy_drop ({WHERE}) gave invalid_share {diagnosis.invalid_share}; every diagnosis, "
        "'inconclusive' too, reports the invalid share of every checked column (all 0 here)")
    assert diagnosis.kind == "inconclusive" and list(diagnosis.columns) == [], (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} for two weeks whose inputs did not drift "
        "and whose labels show no rise in the model's errors (about 17% and 16%). 'No drift found' is not evidence "
        "of concept drift: the inputs may have moved jointly, the labels may be late or noisy, or a week may be too "
        "few rows to see a shift. Confirm with the error rate on labelled rows; without a significant rise, answer "
        "'inconclusive'")


class FlagsAboveModel:
    """A stand-in model: predicts legendary when any stat is above ``limit`` (rows as a frame or array)."""

    def __init__(self, limit):
        self.limit = limit

    def predict(self, rows):
        return (np.asarray(rows, dtype=float) > self.limit).any(axis=1)


def two_weeks(rows, labels_before, labels_after, rows_after=None):
    """Two weeks with the same two stats ``a`` and ``b`` (valid 0-1000), labelled as given."""
    rows_after = rows if rows_after is None else rows_after
    values, later = 100.0 + np.arange(rows) % 100, 100.0 + np.arange(rows_after) % 100
    before = pd.DataFrame({"a": values, "b": values[::-1], "is_legendary": labels_before})
    after = pd.DataFrame({"a": later, "b": later[::-1], "is_legendary": labels_after},
                         index=np.arange(rows_after) + 5000)
    return before, after


RANGES = {"a": (0, 1000), "b": (0, 1000)}


def diagnose_error_counts(errors_before, rows_before, errors_after, rows_after):
    """``diagnose_accuracy_drop`` on two weeks of unchanged, valid inputs whose first ``errors_*`` rows
    are legendary: a model that flags nothing errs on exactly those rows."""
    before, after = two_weeks(rows_before, np.arange(rows_before) < errors_before,
                              np.arange(rows_after) < errors_after, rows_after=rows_after)
    return diagnose_accuracy_drop(before, after, RANGES, model=FlagsAboveModel(1000))


class FirstColumnModel:
    """A stand-in model that reads its features by position: legendary when the first is above 150."""

    def predict(self, rows):
        return np.asarray(rows, dtype=float)[:, 0] > 150


def test_the_model_gets_its_features_in_valid_ranges_order():
    # valid_ranges lists b before a; the week before is labelled by b, the week after by a
    rows = 400
    before, after = two_weeks(rows, False, False)
    before["is_legendary"], after["is_legendary"] = before["b"] > 150, after["a"] > 150
    diagnosis = diagnose_accuracy_drop(before, after, {"b": (0, 1000), "a": (0, 1000)}, model=FirstColumnModel())
    assert diagnosis.kind == "concept_drift", (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r}; valid_ranges lists b, then a, and those are "
        "the model's features in that order. Fed [b, a], this model makes no error the week before and errs on "
        "every row where a and b disagree the week after: a significant rise. Give model.predict the columns in "
        "valid_ranges order (frame[list(valid_ranges)]), not sorted or in the frame's order")


def test_drift_needs_the_bonferroni_threshold():
    before, after = two_weeks(100, False, False)
    after["a"] = after["a"] + 20  # KS p about 0.036: below 0.05, above 0.05 / 2
    diagnosis = diagnose_accuracy_drop(before, after, RANGES, model=FlagsAboveModel(1000))
    assert diagnosis.kind == "inconclusive", (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} {list(diagnosis.columns)}; column a's KS "
        "p-value is about 0.036, which is not below 0.05 / len(valid_ranges) = 0.025 (Bonferroni over the two "
        "columns), and the error rate did not rise: 'inconclusive'")


def test_errors_that_fell_are_not_concept_drift():
    rows = 400
    before, after = two_weeks(rows, np.arange(rows) % 4 == 0, np.arange(rows) % 40 == 0)
    diagnosis = diagnose_accuracy_drop(before, after, RANGES, model=FlagsAboveModel(1000))
    assert diagnosis.kind == "inconclusive", (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} when the model's error rate FELL from 25% "
        "to 2.5% on unchanged inputs; concept drift is confirmed only by a significant RISE in errors "
        "(a one-sided test): answer 'inconclusive'")


def test_a_rise_in_errors_between_weeks_of_different_sizes_is_concept_drift():
    # 5 errors in 100 rows, then 51 in 400: pooled z about 2.2, one-sided p about 0.014 (Fisher: 0.016)
    diagnosis = diagnose_error_counts(5, 100, 51, 400)
    assert diagnosis.kind == "concept_drift", (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r}; the unchanged inputs' error rate rose from "
        "5/100 to 51/400, a significant rise (pooled two-proportion z about 2.2, one-sided p about 0.014). The "
        "standard error is sqrt(p(1 - p)(1/n_before + 1/n_after)) with p the pooled error rate")


@pytest.mark.parametrize("errors_after, kind", [
    pytest.param(43, "concept_drift", id="30-then-43-of-100-significant"),
    pytest.param(40, "inconclusive", id="30-then-40-of-100-not-significant"),
])
def test_the_rise_is_tested_one_sided_at_5_percent(errors_after, kind):
    # 30 errors in 100 rows, then 43: pooled z p about 0.028 (Fisher 0.039); then 40: about 0.069 (Fisher 0.091)
    diagnosis = diagnose_error_counts(30, 100, errors_after, 100)
    assert diagnosis.kind == kind, (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} when the error rate on unchanged inputs went "
        f"from 30/100 to {errors_after}/100; the one-sided pooled two-proportion z-test gives p about "
        f"{0.028 if kind == 'concept_drift' else 0.069} (Fisher's exact test "
        f"{0.039 if kind == 'concept_drift' else 0.091}), compared with 0.05: z = (p_after - p_before) / "
        "sqrt(p(1 - p)(1/n_before + 1/n_after)), p the pooled error rate")


def test_the_rise_is_not_judged_with_a_continuity_correction():
    # 1 error in 100 rows, then 21 in 400: pooled z p about 0.032, Fisher 0.045; chi-squared with
    # Yates' continuity correction (chi2_contingency's default on a 2 x 2 table), halved, gives 0.057
    diagnosis = diagnose_error_counts(1, 100, 21, 400)
    assert diagnosis.kind == "concept_drift", (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} when the error rate on unchanged inputs went "
        "from 1/100 to 21/400; the one-sided pooled two-proportion z-test gives p about 0.032 and Fisher's exact "
        "test 0.045: significant at 0.05. chi2_contingency applies Yates' continuity correction to a 2 x 2 table "
        "by default (p/2 about 0.057 here): use the z-test, Fisher's exact test, or correction=False")


def test_the_rise_is_judged_with_the_pooled_error_rate():
    # 2 errors in 100 rows, then 22 in 400: pooled z p about 0.072, Fisher 0.109; the unpooled z-test
    # (a separate variance per week) gives 0.026 and would call it concept drift
    diagnosis = diagnose_error_counts(2, 100, 22, 400)
    assert diagnosis.kind == "inconclusive", (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} when the error rate on unchanged inputs went "
        "from 2/100 to 22/400; the one-sided pooled two-proportion z-test gives p about 0.072 (Fisher's exact test "
        "0.109): not significant at 0.05. Under 'no change' both weeks share one error rate, so the standard error "
        "uses the pooled rate, sqrt(p(1 - p)(1/n_before + 1/n_after)), not each week's own rate")


def test_a_ks_p_value_exactly_at_the_threshold_is_not_drift():
    # 39 rows against 1, all apart: the exact KS p-value is 2 / 40 = 0.05 = 0.05 / len(valid_ranges)
    before = pd.DataFrame({"a": 100.0 + np.arange(39), "is_legendary": False})
    after = pd.DataFrame({"a": [500.0], "is_legendary": [False]}, index=[5000])
    diagnosis = diagnose_accuracy_drop(before, after, {"a": (0, 1000)}, model=FlagsAboveModel(1000))
    assert diagnosis.kind == "inconclusive", (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} {list(diagnosis.columns)}; column a's KS "
        "p-value is exactly 0.05 = 0.05 / len(valid_ranges), and a column drifted only when its p-value is BELOW "
        "that threshold; no error either week: 'inconclusive'")


def test_errors_are_counted_on_the_valid_rows_only():
    rows = 400
    before, after = two_weeks(rows, False, False)
    for column, start in (("a", 0), ("b", 10)):
        after.loc[after.index[start:start + 4], column] = 2000.0  # 4 of 400 rows (1%): not broken
    diagnosis = diagnose_accuracy_drop(before, after, RANGES, model=FlagsAboveModel(1000))
    assert diagnosis.kind == "inconclusive", (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r}; on the valid rows the model makes no error "
        "in either week. Its 8 errors in the week after are all on rows with an impossible value (1% per column, "
        "under the limit): compare the error rates on the VALID rows of each week")


def test_the_week_before_counts_its_valid_rows_only():
    rows = 800
    before, after = two_weeks(rows, np.arange(rows) % 20 == 0, np.arange(rows) < 16)
    before.loc[before.index[::20], "a"] = 50.0  # 40 impossible rows (a below 100), each one a model error
    ranges = {"a": (100, 1000), "b": (0, 1000)}
    diagnosis = diagnose_accuracy_drop(before, after, ranges, model=FlagsAboveModel(1000))
    assert diagnosis.kind == "concept_drift", (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r}; on the VALID rows the week before has no "
        "error (0/760) and the week after 16/800, a significant rise. The 40 errors of the week before are all on "
        "rows with an impossible value of a: leave out the invalid rows of BOTH weeks before counting errors")


def test_broken_columns_most_broken_first(production_model):
    before = data.production_batch("batch_01")
    after = data.production_batch("batch_02").copy()
    after.loc[after.index[:50], "hp"] = 0          # 5% impossible hp
    after.loc[after.index[:200], "speed"] = np.nan  # 20% missing speed
    diagnosis = diagnose_accuracy_drop(before, after, STAT_RANGES, model=production_model)
    assert diagnosis.kind == "broken_input" and list(diagnosis.columns) == ["speed", "hp"], (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} {list(diagnosis.columns)}; speed is missing "
        "in 20% of the rows and hp impossible in 5%: both are broken, most broken first, and NaN counts as invalid")


@pytest.mark.parametrize("bad_rows, expected", [
    pytest.param(10, "inconclusive", id="exactly-1-percent-is-not-broken"),
    pytest.param(11, "broken_input", id="just-over-1-percent-is-broken"),
])
def test_the_invalid_share_limit_is_exclusive(bad_rows, expected, production_model):
    before = data.production_batch("batch_01")
    after = data.production_batch("batch_02").copy()
    after.loc[after.index[:bad_rows], "attack"] = 300
    diagnosis = diagnose_accuracy_drop(before, after, STAT_RANGES, model=production_model)
    assert diagnosis.kind == expected, (
        f"diagnose_accuracy_drop ({WHERE}) answered {diagnosis.kind!r} with {bad_rows} impossible attack values in "
        "1000 rows: a column is broken when its invalid share EXCEEDS 1% (> INVALID_SHARE_LIMIT, not >=)")


def test_quarantine_sets_aside_exactly_the_impossible_rows(weeks):
    _, after = weeks
    before_call = after.copy()
    valid, quarantined = quarantine_invalid_rows(after, STAT_RANGES)
    pd.testing.assert_frame_equal(after, before_call, obj=f"the frame after quarantine_invalid_rows ({WHERE})")
    expected_bad = after.index[(after[STATS] < 5).any(axis=1) | (after[STATS] > 255).any(axis=1)]
    assert sorted(quarantined.index) == sorted(expected_bad), (
        f"quarantine_invalid_rows ({WHERE}) set aside {len(quarantined)} rows; the rows with a "
        f"stat outside 5-255 are {len(expected_bad)}")
    assert sorted(valid.index) == sorted(after.index.difference(expected_bad))
    assert list(valid.columns) == list(after.columns)


def test_the_fix_restores_the_models_accuracy(weeks, production_model):
    before, after = weeks
    valid, _ = quarantine_invalid_rows(after, STAT_RANGES)

    def accuracy(frame):
        return float(np.mean(production_model.predict(frame[STATS]) == frame["is_legendary"]))

    assert accuracy(after) < accuracy(before) - 0.1, "the incident data must show the drop"
    assert abs(accuracy(valid) - accuracy(before)) <= 0.03, (
        f"quarantine_invalid_rows ({WHERE}): on the rows it keeps, the model's accuracy is "
        f"{accuracy(valid):.1%}, the week before {accuracy(before):.1%}")


@pytest.mark.parametrize("ranges", [{"hp": (5, 255)}, STAT_RANGES], ids=["given-range", "stat-ranges"])
def test_range_bounds_are_valid(ranges):
    frame = pd.DataFrame({c: [5.0, 255.0, 4.0, 256.0] if c == "hp" else 100.0 for c in ranges},
                         index=[40, 30, 20, 10])
    valid, quarantined = quarantine_invalid_rows(frame, ranges)
    assert valid.index.tolist() == [40, 30] and quarantined.index.tolist() == [20, 10], (
        f"quarantine_invalid_rows ({WHERE}) kept {valid.index.tolist()} and set aside {quarantined.index.tolist()}; "
        "hp 5 and 255 are the range's own bounds (inclusive, valid), 4 and 256 are outside. Keep the index labels "
        "and the original order")


def test_quarantine_keeps_the_original_row_order():
    frame = pd.DataFrame({"hp": [100.0, 100.0, 300.0, 100.0, 100.0, 0.0],
                          "defense": [np.nan, 100.0, 100.0, 999.0, 100.0, 100.0]}, index=[9, 4, 7, 1, 8, 2])
    valid, quarantined = quarantine_invalid_rows(frame, {"hp": (5, 255), "defense": (5, 255)})
    assert quarantined.index.tolist() == [9, 7, 1, 2] and valid.index.tolist() == [4, 8], (
        f"quarantine_invalid_rows ({WHERE}) kept {valid.index.tolist()} and set aside {quarantined.index.tolist()}; "
        "rows 9, 7, 1 and 2 are invalid (defense missing, hp 300, defense 999, hp 0) and each frame keeps the rows "
        "in their original order, whichever column made a row invalid: build one mask over all the columns, then "
        "select with it (frame.loc[mask])")


frames = st.lists(st.tuples(*[st.one_of(st.integers(-10, 300), st.just(float("nan")))] * 2),
                  max_size=15).map(lambda rows: pd.DataFrame(rows, columns=["hp", "defense"], dtype=float))


@settings(max_examples=25)
@given(frame=frames)
@example(frame=pd.DataFrame({"hp": [5.0, float("nan")], "defense": [255.0, 100.0]})).via("bounds and NaN")
def test_quarantine_partitions_any_frame(frame):
    ranges = {"hp": (5, 255), "defense": (5, 255)}
    valid, quarantined = quarantine_invalid_rows(frame, ranges)
    assert sorted([*valid.index, *quarantined.index]) == sorted(frame.index), (
        f"quarantine_invalid_rows ({WHERE}) must put every row in exactly one of the two frames")
    assert not valid.isna().any().any() and valid.apply(lambda c: c.between(5, 255)).all().all(), (
        f"quarantine_invalid_rows ({WHERE}) kept a row with a missing or out-of-range value")
    ok = frame.notna().all(axis=1) & frame.apply(lambda c: c.between(5, 255)).all(axis=1)
    assert len(valid) == int(ok.sum()), f"quarantine_invalid_rows ({WHERE}) set aside valid rows"
