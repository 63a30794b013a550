# Known-wrong for kata 4.5: copies each section's text as given, so a text that starts with
# four spaces becomes a Markdown code block and stray line breaks pile up blank lines.


def model_card(texts, y_true, y_pred, *, n_resamples=1000, seed=0):
    missing = [s for s in SECTIONS if s != GENERATED and not str(texts.get(s, "")).strip()]
    if missing:
        raise ValueError(f"the model card needs text for: {', '.join(missing)}")
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
            lines.append(texts[section])
        lines.append("")
    return "\n".join(lines)
