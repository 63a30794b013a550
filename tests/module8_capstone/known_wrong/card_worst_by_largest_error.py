# Known-wrong for kata 8.5: the model card re-sorts the table by median APE and names the largest
# error as the worst segment, a segment too small to rank included.
_reference_model_card = model_card


def model_card(model_name, metrics, segments, training_summary):
    return _reference_model_card(model_name, metrics, segments.sort_values("median_ape", ascending=False),
                                 training_summary)
