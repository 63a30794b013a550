# Known-wrong for kata 4.5: writes the sections in the order of the caller's `texts`, putting
# the generated one after the first six; right only when the caller lists them in SECTIONS order.


def model_card(texts, y_true, y_pred, *, n_resamples=1000, seed=0):
    missing = [s for s in SECTIONS if s != GENERATED and not str(texts.get(s, "")).strip()]
    if missing:
        raise ValueError(f"the model card needs text for: {', '.join(missing)}")
    truth, predicted = np.asarray(y_true), np.asarray(y_pred)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError("need non-empty labels and predictions of equal length")
    written = list(texts)
    lines = ["# Model card", ""]
    for section in [*written[:6], GENERATED, *written[6:]]:
        lines.append(f"## {section}")
        lines.append("")
        if section == GENERATED:
            lines += _quantitative_analyses(truth, predicted, n_resamples, seed)
        else:
            lines.append(texts[section].strip())
        lines.append("")
    return "\n".join(lines)
