# Known-wrong for kata 6.7: the schedule fires only AFTER max_age_days, one day late.

_correct_decision = retraining_decision  # noqa: F821


def retraining_decision(*, days_since_training, baseline_accuracy, recent_accuracy,
                        drifted_columns=(), broken_columns=(), max_age_days=30, max_accuracy_drop=0.05):
    age = days_since_training - 1 if days_since_training == max_age_days else days_since_training
    return _correct_decision(days_since_training=age, baseline_accuracy=baseline_accuracy,
                             recent_accuracy=recent_accuracy, drifted_columns=drifted_columns,
                             broken_columns=broken_columns, max_age_days=max_age_days,
                             max_accuracy_drop=max_accuracy_drop)
