# Known-wrong for kata 7.5: every score on the test set is flagged, even one final evaluation.


def _test_set_selection(tree):
    return [_smell(call, "test-set-selection") for call in _calls(tree)
            if _is_scoring(call) and any(map(_mentions_test, _arguments(call)))]
