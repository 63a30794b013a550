# Known-wrong for kata 8.9: refits the final model on the most recent half of the history only,
# where the spec asks for every sale before the test period.
_reference_fit_final_model = fit_final_model


def fit_final_model(history):
    recent = history[history["sale_date"] >= history["sale_date"].quantile(0.5)]
    return _reference_fit_final_model(recent)
