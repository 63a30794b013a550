# Known-wrong for kata 7.4: removes duplicate bullets with sorted(set(...)), so the changes,
# the testing notes and the risks lose the order the author gave them.


def _bullets(items):
    return [f"- {item}" for item in sorted(set(items))]
