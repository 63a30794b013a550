# Known-wrong for kata 7.5: follows a test score into x = ... but not into scores[name] = ...,
# so the commonest leaderboard, a dict of test scores and max(scores, key=scores.get), passes.


def _assigned_names(target: ast.AST) -> list[str]:
    """The variable names a target writes: x, (a, b), scores[key], results.best -> results."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in _assigned_names(element)]
    if isinstance(target, ast.Starred):
        return _assigned_names(target.value)
    return []
