# Known-wrong for kata 3.Q: selects the longer half of every question's statements, as if the
# fuller statement were the true one.

_right = answers  # the reference's answers; this file changes some of them


def answers():
    given = _right()
    for question_id, question in QUESTIONS.items():
        if question["kind"] == "select":
            by_length = sorted(question["choices"], key=lambda letter: -len(question["choices"][letter]))
            given[question_id] = set(by_length[: (len(by_length) + 1) // 2])
    return given
