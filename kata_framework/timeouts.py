"""Stopping a test that runs too long, on every platform, without losing the rest of the run.

pytest-timeout stops a test in one of two ways, and picks the first its platform supports:

* ``signal`` (Linux, macOS: ``signal.SIGALRM`` exists): an alarm raises ``Failed: Timeout`` inside
  the test, which goes red, and the run goes on.
* ``thread`` (Windows, or any test not run in the main thread): a timer thread prints the stacks
  and ends the whole pytest process with ``os._exit(1)``. One endless loop would cost every
  later test, the per-kata summary and the grade.

This module keeps both ways to the ``signal`` outcome:

* :func:`refire_signal` re-arms the alarm after it fired (ten times, a second apart) while the
  test still runs: a hypothesis test takes the first ``Failed`` for a failing example and runs
  it again to report it, which loops again if the learner's code does.
* :class:`ThreadTimeout` replaces pytest-timeout's ``thread`` method: its timer raises the same
  ``Failed: Timeout`` in the test's own thread (CPython's ``PyThreadState_SetAsyncExc``, which
  every platform has), again every second while the test keeps running. Only code stuck inside
  one C call for ten more seconds, which no exception can reach, still meets pytest-timeout's
  last resort (stacks printed, process ended).
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Generator

import pytest

#: pytest-timeout's own wording, so both methods fail a test with the same message.
MESSAGE = "Timeout (>%ss) from pytest-timeout."
REFIRES = 10
REFIRE_SECONDS = 1.0


def has_signal_alarm() -> bool:
    """Whether this platform has the alarm signal and interval timers (not on Windows)."""
    return all(hasattr(signal, name) for name in ("SIGALRM", "setitimer", "getitimer", "ITIMER_REAL"))


def is_timeout(excinfo: pytest.ExceptionInfo | None) -> bool:
    """Whether an exception is a timeout raised by either method."""
    return (excinfo is not None and excinfo.errisinstance(pytest.fail.Exception)
            and str(excinfo.value).startswith("Timeout (>"))


def uses_signal(method: str) -> bool:
    """Whether pytest-timeout itself will stop the current test by ``method`` = ``signal``."""
    return (method == "signal" and has_signal_alarm()
            and threading.current_thread() is threading.main_thread())


def refire_signal() -> Generator[None, object, object]:
    """Body of a ``pytest_runtest_call`` wrapper: keep a test stopped once its alarm has fired.

    Does nothing where there is no armed alarm (no SIGALRM, timeouts off, the thread method)."""
    if not has_signal_alarm() or threading.current_thread() is not threading.main_thread():
        return (yield)
    original = signal.getsignal(signal.SIGALRM)
    if signal.getitimer(signal.ITIMER_REAL)[0] <= 0 or not callable(original):
        return (yield)
    fired = 0

    def fire_again(signum, frame):
        nonlocal fired
        fired += 1
        if fired < REFIRES:
            signal.setitimer(signal.ITIMER_REAL, REFIRE_SECONDS)
        original(signum, frame)

    signal.signal(signal.SIGALRM, fire_again)
    try:
        return (yield)
    finally:
        if fired:
            signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, original)


def _set_async_exc(thread_id: int, exception: type[BaseException] | None) -> None:
    """Have ``thread_id`` raise ``exception`` at its next Python instruction (None: cancel that)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception is not None else None)


class ThreadTimeout:
    """A timer that fails the test running in the current thread after ``settings.timeout`` s.

    The plugin tells it which phase of the test (``setup``, ``call``, ``teardown``) runs, so the
    exception only ever lands inside a phase, where pytest turns it into a red test. The first
    alarm may land in any phase (a fixture can hang too); the repeats land only in ``call``,
    where hypothesis replays examples.
    """

    def __init__(self, item: pytest.Item, settings) -> None:
        self.item, self.settings = item, settings
        message = MESSAGE % settings.timeout

        class Failed(pytest.fail.Exception):  # raised with no arguments: the message is built in
            def __init__(self) -> None:
                super().__init__(msg=message, pytrace=True)

        Failed.__module__, Failed.__qualname__ = pytest.fail.Exception.__module__, "Failed"
        self.exception = Failed
        self.target = threading.get_ident()
        self.lock = threading.Lock()
        self.phase: str | None = "call" if settings.func_only else None  # set from inside the call
        self.finished = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"kata timeout {item.nodeid}", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        """The test is over: stop the timer and drop an exception not yet delivered."""
        with self.lock:
            self.finished.set()
            self.phase = None
            _set_async_exc(self.target, None)
        self.thread.join()

    def enter(self, phase: str) -> None:
        with self.lock:
            self.phase = phase

    def leave(self) -> None:
        with self.lock:
            self.phase = None
            _set_async_exc(self.target, None)

    def _debugging(self) -> bool:
        from pytest_timeout import is_debugging

        return not self.settings.disable_debugger_detection and is_debugging()

    def _run(self) -> None:
        if self.finished.wait(self.settings.timeout) or self._debugging():
            return
        fired = False
        for _ in range(REFIRES):
            with self.lock:
                if self.finished.is_set():
                    return
                if self.phase is not None and (not fired or self.phase == "call"):
                    _set_async_exc(self.target, self.exception)
                    fired = True
            if self.finished.wait(REFIRE_SECONDS):
                return
        with self.lock:
            stuck = not self.finished.is_set() and self.phase is not None
        if stuck:  # inside one C call that never returns to Python: nothing else can stop it
            from pytest_timeout import timeout_timer

            timeout_timer(self.item, self.settings)
