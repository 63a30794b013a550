# Known-wrong for kata 7.5: compares a fit with the scope's first split only, so a scaler
# fitted on the training rows after train_test_split but before cross_val_score on them is
# missed: the folds are split from rows the scaler has already seen.


def _scale_before_split(tree):
    scopes = [tree.body] + [node.body for node in ast.walk(tree)
                            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    smells = []
    for body in scopes:
        calls = _scope_calls(body)
        splits = [call.lineno for call in calls if _called_name(call) in SPLITTING_CALLS]
        if splits:
            smells += [_smell(call, "scale-before-split") for call in calls
                       if isinstance(call.func, ast.Attribute)
                       and call.func.attr in {"fit", "fit_transform"} and call.lineno < min(splits)]
    return smells
