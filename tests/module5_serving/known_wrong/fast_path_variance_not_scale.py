# Known-wrong for kata 5.2: divides by the scaler's var_ instead of its scale_ (the standard
# deviation), so every stat weight is off by a factor of the standard deviation.


class LinearScorer(LinearScorer):
    def __init__(self, pipeline):
        super().__init__(pipeline)
        scaler = pipeline.named_steps["prepare"].named_transformers_["stats"]
        coefficients = pipeline.named_steps["classifier"].coef_[0]
        columns = list(scaler.feature_names_in_)
        self._weights = {c: float(w / v) for c, w, v in zip(columns, coefficients, scaler.var_)}
        self._bias = float(pipeline.named_steps["classifier"].intercept_[0]) - sum(
            self._weights[c] * float(m) for c, m in zip(columns, scaler.mean_))
