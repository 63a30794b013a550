# Known-wrong for kata 7.5: test-set-selection as "any test score inside a loop or a
# comprehension": a bootstrap interval and per-group recall raise false alarms, and two test
# scores compared outside any loop go unnoticed.


def _test_set_selection(tree):
    loops = (ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp, ast.DictComp,
             ast.GeneratorExp)
    smells = []
    for loop in (node for node in ast.walk(tree) if isinstance(node, loops)):
        repeated = loop.body if isinstance(loop, (ast.For, ast.AsyncFor, ast.While)) else [loop]
        for part in repeated:
            smells += [_smell(call, "test-set-selection") for call in _calls(part)
                       if _is_scoring(call) and any(map(_mentions_test, _arguments(call)))]
    return smells
