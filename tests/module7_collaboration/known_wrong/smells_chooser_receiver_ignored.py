# Known-wrong for kata 7.5: looks at the arguments of a choosing call but not at its object,
# so pd.Series(test_scores).idxmax() passes.


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
            receiver = []
            for part in [*_arguments(node), *receiver]:
                chosen |= feeding(part)
    return [_smell(call, "test-set-selection") for call in chosen]
