# Known-wrong for kata 1.5: squeezes every value to ASCII before hashing ("plain bytes hash the
# same everywhere"), so the accents and symbols it drops stop counting: Flabébé and Flabèbè
# share a fingerprint.

_unicode_typed = _typed


def _typed(value):
    return _unicode_typed(value).encode("ascii", errors="ignore").decode("ascii")
