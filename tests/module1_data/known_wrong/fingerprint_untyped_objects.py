# Known-wrong for kata 1.5: hashes object columns with pandas' row hash as they are, which turns
# every value into text first, so 1 and "1" (or True and "True") collide.


def _value_hashes(column):
    return pd.util.hash_pandas_object(column, index=False).to_numpy()
