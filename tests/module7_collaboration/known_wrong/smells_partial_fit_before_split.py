# Known-wrong for kata 7.5: scale-before-split counts every fitting method (partial_fit and
# fit_resample too), so an incremental model trained before an unrelated cross-validation is
# reported as a scaler fitted before the split.

import ast


def _scale_before_split(tree: ast.AST) -> list[Smell]:  # noqa: F821
    scopes = [tree.body] + [node.body for node in ast.walk(tree)
                            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    smells = []
    for body in scopes:
        calls = _scope_calls(body)  # noqa: F821
        splits = [call.lineno for call in calls if _called_name(call) in SPLITTING_CALLS]  # noqa: F821
        if splits:
            smells += [_smell(call, "scale-before-split") for call in calls  # noqa: F821
                       if isinstance(call.func, ast.Attribute)
                       and call.func.attr in _FIT_METHODS and call.lineno < max(splits)]  # noqa: F821
    return smells
