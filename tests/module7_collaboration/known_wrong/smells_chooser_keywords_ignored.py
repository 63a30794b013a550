# Known-wrong for kata 7.5: looks for test scores in the positional arguments of max, min,
# sorted... only, so max(models, key=lambda m: m.score(X_test, y_test)) passes.


def _test_set_selection(tree: ast.AST) -> list[Smell]:
    test_scores = {call for call in _calls(tree)
                   if _is_scoring(call) and any(map(_mentions_test, _arguments(call)))}
    if not test_scores:
        return []
    holders = _score_holders(tree, test_scores)

    def feeding(node: ast.AST) -> set[ast.Call]:
        """The test-score calls whose values reach ``node``, directly or through variables."""
        fed = set()
        for inner in ast.walk(node):
            if inner in test_scores:
                fed.add(inner)
            elif isinstance(inner, ast.Name):
                fed |= holders.get(inner.id, set())
        return fed

    chosen: set[ast.Call] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            for index, operand in enumerate(operands):
                others = operands[:index] + operands[index + 1:]
                if not all(_is_number(other) for other in others):
                    chosen |= feeding(operand)  # compared with another value: a choice
        elif isinstance(node, ast.Call) and _called_name(node) in _CHOOSING_CALLS:
            receiver = [node.func.value] if isinstance(node.func, ast.Attribute) else []
            for part in [*node.args, *receiver]:
                chosen |= feeding(part)
    return [_smell(call, "test-set-selection") for call in chosen]
