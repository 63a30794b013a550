# Known-wrong for kata 7.5: only train_test_split counts as a split, so a scaler fitted on all
# rows before cross_val_score goes unnoticed.


def _scale_before_split(tree):
    scopes = [tree.body] + [node.body for node in ast.walk(tree)
                            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    smells = []
    for body in scopes:
        calls = _scope_calls(body)
        splits = [call.lineno for call in calls if _called_name(call) == "train_test_split"]
        if splits:
            smells += [_smell(call, "scale-before-split") for call in calls
                       if isinstance(call.func, ast.Attribute)
                       and call.func.attr in {"fit", "fit_transform"} and call.lineno < max(splits)]
    return smells
