# Known-wrong for kata 6.4: renumbers both frames from 0, so the quarantined rows can no longer
# be traced back to the requests they came from.

_correct_quarantine = quarantine_invalid_rows


def quarantine_invalid_rows(frame, valid_ranges):
    valid, quarantined = _correct_quarantine(frame, valid_ranges)
    return valid.reset_index(drop=True), quarantined.reset_index(drop=True)
