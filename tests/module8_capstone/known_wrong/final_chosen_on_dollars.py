# Known-wrong for kata 8.9: chooses the candidate with the lowest validation dollar MAE, which
# favours the model that prices the few dear cards best, not the one with the smallest relative error.
_reference_final_evaluation = final_evaluation


def final_evaluation(candidates, val, test, baseline_price):
    features, actual = val.drop(columns=TARGET), val[TARGET].to_numpy()
    by_dollars = {name: float(np.mean(np.abs(model.predict(features) - actual))) for name, model in candidates.items()}
    chosen = min(by_dollars, key=by_dollars.get)
    return _reference_final_evaluation({chosen: candidates[chosen]}, val, test, baseline_price)
