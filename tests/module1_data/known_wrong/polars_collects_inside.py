# Known-wrong for kata 1.7: the right expressions, but collected inside the function and turned
# back into a LazyFrame, so the caller gets a finished result dressed up as a query.

_lazy_query = type_summary_polars


def type_summary_polars(frame):
    return _lazy_query(frame).collect().lazy()
