# Known-wrong for kata 8.8: takes any expression as the first statement for a docstring, so a
# function that starts with a call (a print, a log line) passes as documented.
def documentation_gaps(path):
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    functions = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions.append((node.name, node))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            functions += [(f"{node.name}.{item.name}", item) for item in node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))]
    gaps = []
    for name, function in sorted(functions, key=lambda pair: pair[1].lineno):
        short = name.rsplit(".", 1)[-1]
        if short.startswith("_") and short != "__init__":
            continue
        where = f"{function.lineno}: {name}: missing"
        if not (function.body and isinstance(function.body[0], ast.Expr)):
            gaps.append(f"{where} docstring")
        a = function.args
        every = [*a.posonlyargs, *a.args, *a.kwonlyargs, *filter(None, [a.vararg, a.kwarg])]
        gaps += [f"{where} annotation for {arg.arg}" for arg in every
                 if arg.annotation is None and arg.arg not in ("self", "cls")]
        if function.returns is None:
            gaps.append(f"{where} return annotation")
    return gaps
