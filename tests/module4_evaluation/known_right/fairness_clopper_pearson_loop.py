# Known-right for kata 4.6: a plain loop over the groups, Clopper-Pearson intervals from scipy.

from scipy.stats import binomtest


def group_rates(y_true, y_pred, groups):
    truth, predicted, keys = np.asarray(y_true).astype(bool), np.asarray(y_pred).astype(bool), np.asarray(groups)
    if not len(truth) == len(predicted) == len(keys) or len(truth) == 0:
        raise ValueError("need non-empty inputs of equal length")
    records = []
    for group in sorted(set(keys.tolist())):
        member = keys == group
        t, p = truth[member], predicted[member]
        record = {"group": group, "rows": int(member.sum()), "positives": int(t.sum()), "negatives": int((~t).sum())}
        for rate, hits, n in (("tpr", int((t & p).sum()), record["positives"]),
                              ("fpr", int((~t & p).sum()), record["negatives"])):
            if n:
                interval = binomtest(hits, n).proportion_ci(0.95, method="exact")
                record.update({rate: hits / n, f"{rate}_low": float(interval.low),
                               f"{rate}_high": float(interval.high)})
            else:
                record.update({rate: np.nan, f"{rate}_low": np.nan, f"{rate}_high": np.nan})
        records.append(record)
    return pd.DataFrame(records, columns=RATE_COLUMNS)
