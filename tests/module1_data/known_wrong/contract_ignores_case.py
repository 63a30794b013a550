# Known-wrong for kata 1.6: compares names case-insensitively, so an upstream "HP" passes as "hp"
# and the model's column lookup fails later, far from the cause.

_exact_check = check_columns


def check_columns(frame, expected):
    lowered = frame.rename(columns=lambda name: str(name).lower())
    _exact_check(lowered, [name.lower() for name in expected])
