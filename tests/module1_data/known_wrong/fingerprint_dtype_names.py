# Known-wrong for kata 1.5: records str(dtype) as it is, so the same text stored as str, string
# or object (a pandas upgrade, or another reader) looks like a new version of the data.


def _dtype_name(column):
    return str(column.dtype)
