"""Writes the GitHub Classroom autograding workflow from the catalog: one graded step per module.

``uv run python -m kata_framework.release`` rewrites ``.github/workflows/classroom.yml`` (and the
released checksums); a meta-test fails when the file is out of date, so the catalog stays the
single source of points. ``python -m kata_framework.classroom`` prints the workflow.

Each module's step runs ``kata_framework.grading --module N --github-output``: the module's tests
in one pytest process, every test scored with its share of its kata's points (partial credit,
exactly as ``uv run nox -s grade`` counts locally). The step hands its result to the Classroom
grading reporter in the reporter's own format and writes a per-kata table to the job summary.
The Classroom's command grader is not used because it awards a step's points all or nothing, on
the command's exit code.

A grade survives a step that crashes or runs out of time: the grader writes a 0-point result
before it starts and stops its own pytest before the step's time limit; should a step still end
without a result, the reporter reads the module's fallback (0 points, with a message) written into
this workflow, and it runs whatever happened before it.
"""

from __future__ import annotations

import base64
import json
import sys

from .catalog import ROOT, Module, load_catalog
from .grading import MODULE_TIMEOUT

WORKFLOW = ROOT / ".github" / "workflows" / "classroom.yml"
#: The uv release the workflow installs (astral-sh/setup-uv, pinned by commit).
UV_VERSION = "0.13.9"
SETUP_UV = "astral-sh/setup-uv@20cfd1bf945f4377ade1205e4dbc17946fc9a30d  # v10.0.1"
#: A module's step may take this long: the grader stops its pytest after MODULE_TIMEOUT seconds,
#: then writes the result.
STEP_MINUTES = MODULE_TIMEOUT // 60 + 4
SETUP_MINUTES = 20

HEADER = """\
# Generated from catalog/*.toml by `uv run python -m kata_framework.release`: do not edit.
# One step per module; each test earns its share of its kata's points (see kata_framework/grading.py).
name: Autograding Tests
on:
  push:
  repository_dispatch:
  workflow_dispatch:
permissions:
  checks: write
  actions: read
  contents: read
concurrency:
  group: autograding-${{{{ github.ref }}}}
  cancel-in-progress: false
jobs:
  run-autograding-tests:
    runs-on: ubuntu-latest
    timeout-minutes: {job_minutes}
    if: github.actor != 'github-classroom[bot]'
    steps:
    - name: Checkout code
      uses: actions/checkout@v7
    - name: Install uv
      uses: {setup_uv}
      with:
        version: '{uv_version}'
        enable-cache: true
        cache-dependency-glob: pyproject.toml
    - name: Install the pinned stack and generate the data
      timeout-minutes: {setup_minutes}
      run: |
        uv sync
        uv run --no-sync python data/generate_dataset.py
"""


def step_id(module: Module) -> str:
    return module.session


def fallback_result(module: Module) -> str:
    """What the reporter reads when a module's step left no result: 0 points and why (base64 JSON)."""
    message = (f"module {module.number} was not graded: its step stopped without a result (time limit or "
               f"crash), so it earns 0; uv run nox -s grade -- --module {module.number} shows why")
    result = {"version": 1, "status": "error", "max_score": module.points,
              "tests": [{"name": f"module {module.number} not graded", "status": "error", "score": 0,
                         "message": message, "line_no": 0}]}
    return base64.b64encode(json.dumps(result, separators=(",", ":")).encode()).decode()


def render() -> str:
    modules = load_catalog()
    job_minutes = SETUP_MINUTES + STEP_MINUTES * len(modules) + 10
    lines = [HEADER.format(job_minutes=job_minutes, setup_uv=SETUP_UV, uv_version=UV_VERSION,
                           setup_minutes=SETUP_MINUTES).rstrip("\n")]
    for module in modules:
        title = f"Module {module.number}: {module.title} ({module.points} points)".replace("'", "''")
        lines += [
            f"    - name: '{title}'",
            f"      id: {step_id(module)}",
            f"      run: uv run --no-sync python -m kata_framework.grading --module {module.number} --github-output",
            f"      timeout-minutes: {STEP_MINUTES}",
            "      continue-on-error: true",
        ]
    lines += [
        "    - name: Autograding Reporter",
        "      if: always()",
        "      uses: classroom-resources/autograding-grading-reporter@v1",
        "      env:",
        *(f"        {step_id(m).upper()}_RESULTS: \"${{{{ steps.{step_id(m)}.outputs.result || "
          f"'{fallback_result(m)}' }}}}\"" for m in modules),
        "      with:",
        f"        runners: {','.join(step_id(m) for m in modules)}",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
