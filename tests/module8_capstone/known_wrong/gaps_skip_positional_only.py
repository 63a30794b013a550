# Known-wrong for kata 8.8: checks args.args, keyword-only arguments and *args/**kwargs, but
# forgets the positional-only ones before `/`.
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
        if ast.get_docstring(function) is None:
            gaps.append(f"{where} docstring")
        a = function.args
        every = [*a.args, *a.kwonlyargs, *filter(None, [a.vararg, a.kwarg])]
        gaps += [f"{where} annotation for {arg.arg}" for arg in every
                 if arg.annotation is None and arg.arg not in ("self", "cls")]
        if function.returns is None:
            gaps.append(f"{where} return annotation")
    return gaps
