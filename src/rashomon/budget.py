"""Each article's time budget: an exception that no stage keeps, and a timer that raises it.

An article whose analysis runs past ``Settings.max_seconds`` is given up with the
reason, so that no single input can stall a run. The budget is checked between
stages and between the pieces a long text is parsed in; inside a stage a SIGALRM
timer interrupts pure-Python work where the process allows one (the main thread
of a Unix process, with no other timer running).
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator


class OverBudget(BaseException):  # noqa: N818 - a signal to give up, not an error to report
    """An article's analysis ran past its time budget (a BaseException: no ``except Exception`` keeps it)."""


def check(deadline: float | None) -> None:
    """Raise ``OverBudget`` when ``deadline`` (a ``time.perf_counter()`` value) has passed.

    Raises:
        OverBudget: the deadline has passed.
    """
    if deadline is not None and time.perf_counter() >= deadline:
        raise OverBudget


@contextlib.contextmanager
def alarm(deadline: float | None) -> Iterator[None]:
    """Raise ``OverBudget`` in the code this wraps at ``deadline``, where the process can be told so."""
    if deadline is None:
        yield
        return
    check(deadline)
    usable = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(deadline - time.perf_counter(), 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
