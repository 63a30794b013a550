# Known-wrong for kata 1.6: notices the mismatch but only says "schema mismatch", so whoever
# reads the error has to diff the columns by hand.


def check_columns(frame, expected):
    if set(map(str, frame.columns)) != set(expected):
        raise ColumnContractError("schema mismatch")
