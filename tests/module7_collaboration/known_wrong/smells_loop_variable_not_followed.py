# Known-wrong for kata 7.5: follows test scores through assignments and .append, but not into
# the variable of a loop over them, so `for value in test_scores: if value > best` passes.


def _score_holders(tree: ast.AST, test_scores: set[ast.Call]) -> dict[str, set[ast.Call]]:
    """Variable name -> the test-score calls whose values it may hold (followed to a fixpoint)."""
    holders: dict[str, set[ast.Call]] = {}

    def fed(node: ast.AST) -> set[ast.Call]:
        found = set()
        for inner in ast.walk(node):
            if inner in test_scores:
                found.add(inner)
            elif isinstance(inner, ast.Name) and inner.id in holders:
                found |= holders[inner.id]
        return found

    flows = []  # (source expression, target expression)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            flows += [(node.value, target) for target in node.targets]
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.NamedExpr)) and node.value is not None:
            flows.append((node.value, node.target))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in _FILLING_METHODS):
            flows += [(argument, node.func.value) for argument in _arguments(node)]
    changed = True
    while changed:
        changed = False
        for source, target in flows:
            calls = fed(source)
            if not calls:
                continue
            for name in _assigned_names(target):
                if not calls <= holders.get(name, set()):
                    holders[name] = holders.get(name, set()) | calls
                    changed = True
    return holders
