"""Module 1's test support: an endless loop inside a property test still ends red.

pytest-timeout stops a test once, by raising inside it. A hypothesis test treats that as a
failing example and runs the example again to report it, which would loop forever. While a
test runs, the fixture below repeats the timeout every second after it first fires, so the
replay is stopped as well and the run goes on.
"""

from __future__ import annotations

import signal
import threading

import pytest

REPEAT_SECONDS = 1.0
MAX_REPEATS = 10


@pytest.fixture(autouse=True)
def _timeout_also_stops_the_replay():
    original = signal.getsignal(signal.SIGALRM)
    armed = signal.getitimer(signal.ITIMER_REAL)[0] > 0
    if not armed or not callable(original) or threading.current_thread() is not threading.main_thread():
        yield
        return
    fired = 0

    def repeat_then_stop(signum, frame):
        nonlocal fired
        fired += 1
        if fired < MAX_REPEATS:
            signal.setitimer(signal.ITIMER_REAL, REPEAT_SECONDS)
        original(signum, frame)

    signal.signal(signal.SIGALRM, repeat_then_stop)
    yield
    if fired:
        signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, original)
