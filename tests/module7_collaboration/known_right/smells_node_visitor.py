# Known-right for kata 7.5: the scope rule with an ast.NodeVisitor that keeps a stack of open
# scopes, test names by a regular expression, and the pandas sample rule written as one test.


def _is_test_name(name):
    return re.search(r"(?:^|_)[xy]?test(?:_|$)", name.lower()) is not None


class _ScopeCalls(ast.NodeVisitor):
    """Fits and splits per scope (module body or function body), nested functions apart."""

    def __init__(self):
        self.scopes = [([], [])]  # (fit calls, split lines) of the open scopes
        self.closed = []

    def _visit_scope(self, node):
        self.scopes.append(([], []))
        self.generic_visit(node)
        self.closed.append(self.scopes.pop())

    visit_FunctionDef = visit_AsyncFunctionDef = _visit_scope

    def visit_ClassDef(self, node):  # a class body belongs to no function scope of its own here
        self.scopes.append(([], []))
        self.generic_visit(node)
        self.scopes.pop()

    def visit_Lambda(self, node):
        self.scopes.append(([], []))
        self.generic_visit(node)
        self.scopes.pop()

    def visit_Call(self, node):
        fits, splits = self.scopes[-1]
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("fit", "fit_transform"):
            fits.append(node)
        if _called_name(node) in SPLITTING_CALLS:
            splits.append(node.lineno)
        self.generic_visit(node)


def _scale_before_split(tree):
    visitor = _ScopeCalls()
    visitor.visit(tree)
    smells = []
    for fits, splits in [*visitor.closed, visitor.scopes[0]]:
        if splits:
            smells += [_smell(call, "scale-before-split") for call in fits if call.lineno < max(splits)]
    return smells


def _unseeded(call):
    seed = _keyword(call, "random_state")
    return seed is None or _is_constant(seed, None)


def _unseeded_samples(tree):
    return [_smell(call, "no-random-state") for call in _calls(tree)
            if isinstance(call.func, ast.Attribute) and call.func.attr == "sample"
            and all(k.arg is not None for k in call.keywords)
            and ({k.arg for k in call.keywords} & {"n", "frac"} or not (call.args or call.keywords))
            and _unseeded(call)]
