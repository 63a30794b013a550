# Known-right for kata 2.5: scikit-learn does the work: KFold without shuffling (contiguous
# blocks, another fixed fold assignment) for the out-of-fold rates, roc_auc_score for the AUC.

from sklearn.metrics import roc_auc_score
from sklearn.model_selection import KFold


def single_column_auc(values, target):
    y = target.astype(bool).to_numpy()
    if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        scores = values.astype("float64").to_numpy()
    else:
        text = values.astype("object").where(values.notna(), "<missing>").to_numpy()
        scores = np.full(len(text), np.nan)
        if len(text) >= FOLDS:
            for train, held in KFold(n_splits=FOLDS).split(text):
                rates = pd.Series(y[train].astype(float)).groupby(text[train]).mean()
                scores[held] = pd.Series(text[held]).map(rates).fillna(y[train].mean()).to_numpy()
        else:
            for i in range(len(text)):
                others = np.arange(len(text)) != i
                if others.any():
                    same = others & (text == text[i])
                    scores[i] = y[same].mean() if same.any() else y[others].mean()
    present = ~np.isnan(scores)
    if len(set(y[present])) < 2:
        return None
    return float(roc_auc_score(y[present], scores[present]))
