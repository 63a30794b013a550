# Known-wrong for kata 4.5: stops at the first missing section, so the author fixes one,
# reruns, and only then learns about the next.


def model_card(texts, y_true, y_pred, *, n_resamples=1000, seed=0):
    for section in SECTIONS:
        if section != GENERATED and not str(texts.get(section, "")).strip():
            raise ValueError(f"the model card needs text for: {section}")
    truth, predicted = np.asarray(y_true), np.asarray(y_pred)
    if len(truth) != len(predicted) or len(truth) == 0:
        raise ValueError("need non-empty labels and predictions of equal length")
    lines = ["# Model card", ""]
    for section in SECTIONS:
        lines.append(f"## {section}")
        lines.append("")
        if section == GENERATED:
            lines += _quantitative_analyses(truth, predicted, n_resamples, seed)
        else:
            lines.append(texts[section].strip())
        lines.append("")
    return "\n".join(lines)
