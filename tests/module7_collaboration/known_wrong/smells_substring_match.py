# Known-wrong for kata 7.5: any name containing "test" counts as the test set (latest, contest...).


def _is_test_name(name):
    return "test" in name.lower()
