# Known-wrong for kata 1.5: makes row order irrelevant by sorting each column's value hashes on
# their own, so which values share a row is lost: swapping two cells between rows goes unnoticed.

_hashes_in_row_order = _value_hashes


def _value_hashes(column):
    return np.sort(_hashes_in_row_order(column))
