# Known-wrong for kata 6.7: treats broken inputs like any other trigger and retrains on them.
_reference_decision = retraining_decision


def retraining_decision(*, days_since_training, baseline_accuracy, recent_accuracy,
                        drifted_columns=(), broken_columns=(), max_age_days=30, max_accuracy_drop=0.05):
    decision = _reference_decision(days_since_training=days_since_training,
                                   baseline_accuracy=baseline_accuracy, recent_accuracy=recent_accuracy,
                                   drifted_columns=[*drifted_columns, *broken_columns],
                                   max_age_days=max_age_days, max_accuracy_drop=max_accuracy_drop)
    return decision
