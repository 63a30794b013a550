# Known-wrong for kata 3.2: the stratified draw is a yes/no draw between the first and last class.


def predict(self, X):
    if self.strategy == "majority":
        return np.full(len(X), self.classes_[np.argmax(self.class_shares_)])
    draws = np.random.default_rng(self.seed).random(len(X))
    return np.where(draws < self.class_shares_[-1], self.classes_[-1], self.classes_[0])


BaselineClassifier.predict = predict
