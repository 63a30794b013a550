# Known-wrong for kata 1.Q: selects exactly the statements without words such as always, never,
# every or only, as if absolute statements were always false.

import re

_right = answers  # the reference's answers; this file changes some of them


ABSOLUTES = {"always", "never", "only", "every", "all", "none", "cannot", "must", "any"}


def answers():
    given = _right()
    for question_id, question in QUESTIONS.items():
        if question["kind"] == "select":
            given[question_id] = {letter for letter, text in question["choices"].items()
                                  if not ABSOLUTES & set(re.findall(r"[a-z]+", text.lower()))}
    return given
