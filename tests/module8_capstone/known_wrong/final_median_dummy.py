# Known-wrong for kata 8.9: the final model quotes the median training price for every card. Every
# check of the phase passes; the model-quality tests of phases 4, 5 and 9 do not.
from sklearn.dummy import DummyRegressor


def fit_final_model(history):
    return DummyRegressor(strategy="median").fit(history.drop(columns=TARGET), history[TARGET])
