"""The framework every kata module shares. Its modules serve three audiences, and a module of one
audience imports only from its own audience, from the shared modules, or (maintainers' tools) from
the learners' commands:

* **Inside the learner's pytest process**: ``plugin`` (loaded by the root ``conftest.py``) and
  what it and the tests need: ``implementations``, ``timeouts``, ``feedback`` (the graders'
  failure messages), ``expect``, ``timing``, ``strategies``, ``tripwire``, ``quiz``, ``data``. They
  import no command: a learner's test run must not depend on how grades are computed or released.
* **The learner's commands**: ``grading`` (``nox -s grade`` and the Classroom steps),
  ``progress`` (with ``tracker``), ``hints``, ``watch``, ``capstone``. They import no
  maintainers' tool.
* **The learner's lessons**: ``lessons``, what the marimo notebooks ``katas/*/lesson.py`` share.
  They run the learner's code on the data as the tests do, so ``lessons`` may import the test
  side's ``implementations`` and ``data``; nothing in the framework imports it.
* **The maintainers' and instructors' tools**: ``verify``, ``mutants``, ``bench``, ``release``,
  ``classroom``, ``instructor``.
* **Shared rules**, each in its own small module that imports only other shared ones:
  ``catalog`` (katas, points, paths), ``scoring`` (how tests earn a kata's points),
  ``released`` (the released files, their checksums and tamper detection), ``results`` (running
  pytest and reading its record), ``warm`` (test runs forked from a warm interpreter).

There is no import circle. ``tests/meta/test_layout.py`` enforces all of this.
"""
