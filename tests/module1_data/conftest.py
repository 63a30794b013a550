"""Module 1 fixtures: fresh Python processes for reproducibility checks."""

from __future__ import annotations

import pytest

_FRESH_PROCESS_BOOTSTRAP = """
import json, sys
from pathlib import Path
from kata_framework import implementations
impl, overlays = sys.argv[1], json.loads(sys.argv[2])
implementations.activate(impl, {name: Path(path) for name, path in overlays.items()})
"""


@pytest.fixture
def run_under_hash_seeds(request):
    """Run Python ``code`` in two new interpreters at once, with PYTHONHASHSEED 1 and 2.

    Built-in ``hash()`` of text is salted per process, so a result built on it differs between
    the two. Both processes import the same implementation as this test run (the learner's
    code, the worked solutions, or an overlay), so ``code`` may ``import katas...`` as a test
    does. Returns the two stdouts.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    impl = request.config.getoption("impl") or os.environ.get("KATA_IMPL") or "katas"
    overlays = request.config.getoption("kata_overlays") or "{}"
    root = Path(__file__).resolve().parents[2]

    def run(code: str) -> tuple[str, str]:
        processes = [subprocess.Popen([sys.executable, "-c", _FRESH_PROCESS_BOOTSTRAP + code, impl, overlays],
                                      cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                      env={**os.environ, "PYTHONHASHSEED": seed})
                     for seed in ("1", "2")]
        outputs = []
        for process in processes:
            stdout, stderr = process.communicate(timeout=60)
            if process.returncode != 0:
                last = stderr.strip().splitlines()[-1] if stderr.strip() else "no output"
                if "NotImplementedError" in stderr:
                    raise NotImplementedError(last)
                pytest.fail(f"a fresh Python process failed:\n{stderr[-2000:]}", pytrace=False)
            outputs.append(stdout)
        return outputs[0], outputs[1]

    return run
