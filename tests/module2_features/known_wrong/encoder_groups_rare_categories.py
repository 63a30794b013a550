# Known-wrong for kata 2.6: lumps rare categories into one "infrequent" column
# (min_frequency=5), so a category seen in training loses its own column.


_reference_preprocessor = build_preprocessor


def build_preprocessor():
    preprocessor = _reference_preprocessor()
    preprocessor.transformers[1][1].set_params(encode__min_frequency=5,
                                               encode__handle_unknown="infrequent_if_exist")
    return preprocessor
