# Known-wrong for kata 6.7: compares the relative drop (drop / baseline) with max_accuracy_drop,
# so at a low baseline a fall within the tolerance in points already triggers.

_correct_decision = retraining_decision


def retraining_decision(*, days_since_training, baseline_accuracy, recent_accuracy,
                        drifted_columns=(), broken_columns=(), max_age_days=30, max_accuracy_drop=0.05):
    return _correct_decision(days_since_training=days_since_training, baseline_accuracy=baseline_accuracy,
                             recent_accuracy=recent_accuracy, drifted_columns=drifted_columns,
                             broken_columns=broken_columns, max_age_days=max_age_days,
                             max_accuracy_drop=max_accuracy_drop * baseline_accuracy)
