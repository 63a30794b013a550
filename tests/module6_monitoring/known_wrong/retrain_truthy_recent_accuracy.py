# Known-wrong for kata 6.7: tests `if recent_accuracy` instead of `is not None`, so a recent
# accuracy of 0.0 (every answer wrong) reads as "no labels yet" and never fires.

_correct_decision = retraining_decision


def retraining_decision(*, days_since_training, baseline_accuracy, recent_accuracy,
                        drifted_columns=(), broken_columns=(), max_age_days=30, max_accuracy_drop=0.05):
    return _correct_decision(days_since_training=days_since_training, baseline_accuracy=baseline_accuracy,
                             recent_accuracy=recent_accuracy or None, drifted_columns=drifted_columns,
                             broken_columns=broken_columns, max_age_days=max_age_days,
                             max_accuracy_drop=max_accuracy_drop)
