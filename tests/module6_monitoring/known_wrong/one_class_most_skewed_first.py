# Known-wrong for kata 6.6: lists the skewed columns by the size of their skew, largest first,
# instead of in the order checked.
_diagnose_in_order = diagnose_one_class


def diagnose_one_class(training, serving_log, columns):
    diagnosis = _diagnose_in_order(training, serving_log, columns)
    ranked = sorted(diagnosis.columns, key=lambda c: -abs(math.log10(diagnosis.scale[c])))
    return SkewDiagnosis(diagnosis.kind, ranked, diagnosis.scale)
