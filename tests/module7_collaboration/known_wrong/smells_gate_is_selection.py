# Known-wrong for kata 7.5: any comparison fed by a test score counts as a choice, so a launch
# gate "assert final >= 0.8" is reported as selecting on the test set.
_is_number = lambda node: False  # noqa: E731
