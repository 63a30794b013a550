# Known-wrong for kata 6.6: lists the skewed columns alphabetically instead of in the order checked.

_correct_diagnose = diagnose_one_class


def diagnose_one_class(training, serving_log, columns):
    diagnosis = _correct_diagnose(training, serving_log, columns)
    return SkewDiagnosis(diagnosis.kind, sorted(diagnosis.columns), diagnosis.scale)
