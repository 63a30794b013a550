# Known-wrong for kata 6.7: checks only the baseline accuracy's range, so a recent accuracy of
# 1.5 or -0.2 is accepted.

_correct_decision = retraining_decision


def retraining_decision(*, days_since_training, baseline_accuracy, recent_accuracy,
                        drifted_columns=(), broken_columns=(), max_age_days=30, max_accuracy_drop=0.05):
    if recent_accuracy is not None:
        recent_accuracy = min(max(recent_accuracy, 0.0), 1.0)
    return _correct_decision(days_since_training=days_since_training, baseline_accuracy=baseline_accuracy,
                             recent_accuracy=recent_accuracy, drifted_columns=drifted_columns,
                             broken_columns=broken_columns, max_age_days=max_age_days,
                             max_accuracy_drop=max_accuracy_drop)
