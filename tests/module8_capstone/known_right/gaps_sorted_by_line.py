# Known-right for kata 8.8: collects the gaps of functions and of each class's methods separately,
# then sorts every message by its line number.
def documentation_gaps(path):
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef)

    def gaps_of(node, name):
        short = name.rsplit(".", 1)[-1]
        if short.startswith("_") and short != "__init__":
            return []
        where = f"{node.lineno}: {name}: missing"
        found = [] if ast.get_docstring(node) is not None else [f"{where} docstring"]
        a = node.args
        for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs, *filter(None, [a.vararg, a.kwarg])]:
            if arg.annotation is None and arg.arg not in ("self", "cls"):
                found.append(f"{where} annotation for {arg.arg}")
        return found + ([] if node.returns is not None else [f"{where} return annotation"])

    gaps = [g for node in tree.body if isinstance(node, kinds) for g in gaps_of(node, node.name)]
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_")):
        gaps += [g for item in cls.body if isinstance(item, kinds) for g in gaps_of(item, f"{cls.name}.{item.name}")]
    return sorted(gaps, key=lambda gap: int(gap.split(":", 1)[0]))  # stable: a function's gaps keep their order
