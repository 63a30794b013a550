# Known-wrong for kata 6.7: compares the absolute change in accuracy, so an accuracy that rose by
# more than max_accuracy_drop also demands retraining "now".

_correct_decision = retraining_decision


def retraining_decision(*, days_since_training, baseline_accuracy, recent_accuracy,
                        drifted_columns=(), broken_columns=(), max_age_days=30, max_accuracy_drop=0.05):
    if recent_accuracy is not None and recent_accuracy > baseline_accuracy:
        baseline_accuracy, recent_accuracy = recent_accuracy, baseline_accuracy
    return _correct_decision(days_since_training=days_since_training, baseline_accuracy=baseline_accuracy,
                             recent_accuracy=recent_accuracy, drifted_columns=drifted_columns,
                             broken_columns=broken_columns, max_age_days=max_age_days,
                             max_accuracy_drop=max_accuracy_drop)
