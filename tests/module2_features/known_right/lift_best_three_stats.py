# Known-right for kata 2.7: another feature, the mean of each species' three best stats, computed
# with numpy on the frame's own index.


import numpy as np


def lift_features(frame):
    best_three = np.sort(frame[_STATS].to_numpy(dtype="float64"), axis=1)[:, -3:]
    return pd.DataFrame({"best_three_mean": best_three.mean(axis=1)}, index=frame.index)
