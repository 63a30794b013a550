"""Writes the GitHub Classroom autograding workflow from the catalog: one graded step per kata.

``uv run python -m kata_framework.classroom`` rewrites ``.github/workflows/classroom.yml``; a
meta-test fails when the file is out of date, so the catalog stays the single source of points.
Each step runs one kata's test files and awards the kata's points when they all pass, exactly as
``uv run nox -s progress`` counts them locally.
"""

from __future__ import annotations

import sys

from .catalog import ROOT, Kata, all_katas

WORKFLOW = ROOT / ".github" / "workflows" / "classroom.yml"

HEADER = """\
# Generated from catalog/*.toml by `uv run python -m kata_framework.classroom`: do not edit.
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
    - name: Install the pinned stack and generate the data
      run: |
        python -m pip install uv
        uv sync
        uv run python data/generate_dataset.py
"""


def step_id(kata: Kata) -> str:
    return "kata-" + kata.id.lower().replace(".", "-")


def render() -> str:
    katas = all_katas()
    lines = [HEADER.rstrip("\n")]
    for kata in katas:
        tests = " ".join(p.relative_to(ROOT).as_posix() for p in kata.test_paths)
        title = f"{kata.id} {kata.title}".replace("'", "''")  # inside YAML single quotes
        lines += [
            f"    - name: '{title}'",
            f"      id: {step_id(kata)}",
            "      uses: classroom-resources/autograding-command-grader@v1",
            "      with:",
            f"        test-name: '{title}'",
            f"        command: uv run --no-sync python -m pytest -q -p no:cacheprovider {tests}",
            "        timeout: 10",
            f"        max-score: {kata.points}",
        ]
    lines += [
        "    - name: Autograding Reporter",
        "      uses: classroom-resources/autograding-grading-reporter@v1",
        "      env:",
        *(f"        {step_id(k).upper()}_RESULTS: \"${{{{steps.{step_id(k)}.outputs.result}}}}\"" for k in katas),
        "      with:",
        f"        runners: {','.join(step_id(k) for k in katas)}",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    WORKFLOW.parent.mkdir(parents=True, exist_ok=True)
    WORKFLOW.write_text(render(), encoding="utf-8")
    print(WORKFLOW.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
