# Known-right for kata 2.4: the selection is fit on the unscaled training rows (the F statistic
# of each column does not change when the column is standardised, so it keeps the same
# features), the selected names are listed best first, and only then are the kept columns scaled.
import numpy as np


def fit_and_score(train, test, model):
    columns = [c for c in FEATURES if c != "capture_rate"]
    selector = SelectKBest(f_classif, k=K_BEST).fit(train[columns], train[TARGET])
    kept = [columns[i] for i in np.argsort(-selector.scores_, kind="stable")[:K_BEST]]
    scaler = StandardScaler().fit(train[kept])
    model.fit(scaler.transform(train[kept]), train[TARGET])
    predictions = model.predict(scaler.transform(test[kept]))
    return ExperimentResult(float(balanced_accuracy_score(test[TARGET], predictions)), kept)
