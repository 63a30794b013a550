# Known-wrong for kata 8.5: trains on log prices but names dollar MAE as the selection metric.
_reference_metric_choice = metric_choice


def metric_choice():
    return {**_reference_metric_choice(), "primary": "mae"}
