"""Writes the GitHub Classroom autograding workflow from the catalog: one graded step per module.

``uv run python -m kata_framework.release`` rewrites ``.github/workflows/classroom.yml`` (and the
released checksums); a meta-test fails when the file is out of date, so the catalog stays the
single source of points.

Each module's step runs ``kata_framework.grading --module N --github-output``: the module's tests
in one pytest process, every test scored with its share of its kata's points (partial credit,
exactly as ``uv run nox -s grade`` counts locally). The step hands its result to the Classroom
grading reporter in the reporter's own format. The Classroom's command grader is not used because
it awards a step's points all or nothing, on the command's exit code.
"""

from __future__ import annotations

import sys

from .catalog import ROOT, Module, load_catalog

WORKFLOW = ROOT / ".github" / "workflows" / "classroom.yml"

HEADER = """\
# Generated from catalog/*.toml by `uv run python -m kata_framework.release`: do not edit.
# One step per module; each test earns its share of its kata's points (see kata_framework/grading.py).
name: Autograding Tests
'on':
- push
- repository_dispatch
permissions:
  checks: write
  actions: read
  contents: read
jobs:
  run-autograding-tests:
    runs-on: ubuntu-latest
    if: github.actor != 'github-classroom[bot]'
    steps:
    - name: Checkout code
      uses: actions/checkout@v4
    - name: Set up Python
      uses: actions/setup-python@v5
      with:
        python-version: '3.11'
        cache: pip
        cache-dependency-path: pyproject.toml
    - name: Cache uv's downloads
      uses: actions/cache@v4
      with:
        path: ~/.cache/uv
        key: uv-${{ runner.os }}-${{ hashFiles('pyproject.toml') }}
        restore-keys: uv-${{ runner.os }}-
    - name: Install the pinned stack and generate the data
      run: |
        python -m pip install uv
        uv sync
        uv run python data/generate_dataset.py
"""


def step_id(module: Module) -> str:
    return module.session


def render() -> str:
    modules = load_catalog()
    lines = [HEADER.rstrip("\n")]
    for module in modules:
        title = f"Module {module.number}: {module.title} ({module.points} points)".replace("'", "''")
        lines += [
            f"    - name: '{title}'",
            f"      id: {step_id(module)}",
            f"      run: uv run --no-sync python -m kata_framework.grading --module {module.number} --github-output",
            "      timeout-minutes: 15",
            "      continue-on-error: true",
        ]
    lines += [
        "    - name: Autograding Reporter",
        "      uses: classroom-resources/autograding-grading-reporter@v1",
        "      env:",
        *(f"        {step_id(m).upper()}_RESULTS: \"${{{{steps.{step_id(m)}.outputs.result}}}}\"" for m in modules),
        "      with:",
        f"        runners: {','.join(step_id(m) for m in modules)}",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    from .release import refresh

    for name in refresh():
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
