# Known-wrong for kata 3.2: predict_proba votes 1.0 for the majority class instead of giving
# the class shares, so every probability metric of the baseline is wrong.


def _hard_proba(self, X):
    hard = (np.arange(len(self.classes_)) == np.argmax(self.class_shares_)).astype(float)
    return np.tile(hard, (len(X), 1))


BaselineClassifier.predict_proba = _hard_proba
