# Known-wrong for kata 7.5: reports fit-on-test when the fitted object's own name mentions the
# test set (test_scaler.fit(X_train)), although only the data passed to the fit matters.
import ast as _ast

_reference_find_smells = find_smells


def find_smells(source):
    found = set((s.line, s.code) for s in _reference_find_smells(source))
    for node in _ast.walk(_ast.parse(source)):
        if (isinstance(node, _ast.Call) and isinstance(node.func, _ast.Attribute)
                and node.func.attr in ("fit", "fit_transform", "partial_fit", "fit_resample")):
            names = [n.id for n in _ast.walk(node.func.value) if isinstance(n, _ast.Name)]
            if any("test" in name.lower().split("_") for name in names):
                found.add((node.lineno, "fit-on-test"))
    return [Smell(line, code, "Fitting on test data leaks it; fit on training rows only.")
            for line, code in sorted(found)]
