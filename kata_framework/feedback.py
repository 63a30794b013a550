"""A pytest plugin the graders load (``-p kata_framework.feedback --kata-feedback FILE``): it
writes the first line of every red test's message to FILE as ``{nodeid: message}``, so a grade
can say *why* a kata is red, not only which test failed.

It runs inside the learner's test process, and imports nothing from the commands.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

LIMIT = 300  # characters kept of a message


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("katas").addoption("--kata-feedback", default=None, metavar="FILE",
                                       help="(graders) write the first line of each red test's message here")


def first_line(report: pytest.TestReport | pytest.CollectReport) -> str:
    """The line a learner needs: the exception's message, else the first line of the report
    (for a kata file that does not import, that line and the error's own line)."""
    crash = getattr(report.longrepr, "reprcrash", None)
    text = crash.message if crash is not None else str(report.longrepr or "")
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    errors = [line.removeprefix("E").strip() for line in lines[1:] if line.startswith("E ")]
    if crash is None and errors:
        return f"{lines[0]} {errors[-1]}"[:LIMIT]
    return lines[0][:LIMIT]


class Feedback:
    def __init__(self, target: str):
        self.target = target
        self.messages: dict[str, str] = {}

    def _keep(self, report) -> None:
        if report.failed:
            self.messages.setdefault(report.nodeid, first_line(report))

    @pytest.hookimpl(trylast=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self._keep(report)

    @pytest.hookimpl(trylast=True)
    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        self._keep(report)

    def pytest_sessionfinish(self) -> None:
        Path(self.target).write_text(json.dumps(self.messages, indent=1), encoding="utf-8")


def pytest_configure(config: pytest.Config) -> None:
    target = config.getoption("kata_feedback")
    if target:
        config.pluginmanager.register(Feedback(target), "kata-feedback")
