# Known-wrong for kata 2.6: drops one column of every two-category feature (drop="if_binary"),
# which the many types of the full table never reveal; the spec keeps every category.


_reference_preprocessor = build_preprocessor


def build_preprocessor():
    preprocessor = _reference_preprocessor()
    preprocessor.transformers[1][1].set_params(encode__drop="if_binary")
    return preprocessor
