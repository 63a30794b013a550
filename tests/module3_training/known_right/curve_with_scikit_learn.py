# Known-right for kata 3.8: learning_curve_scores delegates to scikit-learn's learning_curve, and
# diagnose_scores writes the two shortfalls out by name.

from sklearn.model_selection import learning_curve


def diagnose_scores(train_score, validation_score, *, achievable_score, tolerance=0.05):
    if not all(math.isfinite(v) for v in (train_score, validation_score, achievable_score, tolerance)):
        raise ValueError("every score must be a finite number")
    if tolerance < 0:
        raise ValueError("tolerance must not be negative")
    avoidable_bias = achievable_score - train_score
    shortfall = achievable_score - validation_score
    gap = train_score - validation_score
    high_bias = avoidable_bias > tolerance
    high_variance = shortfall > tolerance and gap > tolerance
    return Diagnosis(high_bias, high_variance, LABELS[int(high_bias) + 2 * int(high_variance)],
                     float(train_score), float(validation_score))


def learning_curve_scores(model, X, y, folds, *, train_sizes, scoring="roc_auc"):
    if min(train_sizes) < 1 or max(train_sizes) > min(len(train) for train, _ in folds):
        raise ValueError("train sizes out of range")
    sizes, train_scores, validation_scores = learning_curve(
        model, X, np.asarray(y), cv=folds, train_sizes=list(train_sizes), scoring=scoring, shuffle=False)
    return pd.DataFrame({"train_size": sizes, "train_score": train_scores.mean(axis=1),
                         "validation_score": validation_scores.mean(axis=1)})
