# Known-wrong for kata 7.5: only a bare Constant counts as a literal number, so a quality gate
# against a negative number (-0.05 is a unary minus in the AST) reads as a choice.

import ast


def _is_number(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, (int, float))
            and not isinstance(node.value, bool))
