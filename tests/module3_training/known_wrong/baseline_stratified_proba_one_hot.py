# Known-wrong for kata 3.2: the stratified predict_proba is the one-hot of the drawn classes.


def predict_proba(self, X):
    if self.strategy == "majority":
        return np.tile(self.class_shares_, (len(X), 1))
    drawn = np.asarray(self.predict(X))
    return (drawn[:, None] == self.classes_[None, :]).astype(float)


BaselineClassifier.predict_proba = predict_proba
