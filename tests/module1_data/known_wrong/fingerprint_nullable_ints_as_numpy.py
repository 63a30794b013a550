# Known-wrong for kata 1.5: stretches the text-storage rule to numbers and names pandas' nullable
# Int64 like numpy's int64, so converting a column to the nullable dtype leaves the fingerprint as it was.


def _dtype_name(column):
    return "text" if _is_text(column) else str(column.dtype).lower()
