"""One article's failure costs that article one piece of a stage (its entities, its date, its story), never the
build: every stage runs its per-article work through ``isolated``, which logs a warning naming the stage and the
article and returns the fallback. The log record carries ``stage`` and ``article_id`` for counting.

A piece that runs past ``pipeline.piece_time_limit`` CPU seconds (a parse walk that never ends on one odd page)
is abandoned the same way, its warning carrying ``limit`` too. The limit is a ``signal.setitimer(ITIMER_PROF)``
timer whose handler raises ``PieceTimeout`` inside the piece, so it interrupts a pure-Python loop and a regex
that backtracks without end (``re`` checks for signals); another C call, only if it checks too. CPU time, not
wall time: on a shared machine an honest 64-article parse (with spaCy's loading) took 81 s of wall time for 6 s
of CPU (bench/piece_times.py), and a piece waits on nothing (no store write, no network), so a hang is a loop
that burns CPU. Signals exist only in a process's main thread: elsewhere (the web server's upload threads,
Dask's worker threads) and when something else in the process already set that timer, pieces run without a
limit. A nested piece has its own limit and the outer piece's clock stops while it runs, so a hang inside the
nested piece costs only that piece. A piece that changes shared state in steps (the clusterer, the duplicate
index, the name merger) passes ``limited=False``: stopped halfway it would leave that state half-written for
every later article and build.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import FrameType
from typing import Any, TypeVar

from storyline.settings import DEFAULTS

T = TypeVar("T")
log = logging.getLogger(__name__)

_LIMIT: ContextVar[float] = ContextVar("piece_time_limit", default=DEFAULTS.pipeline.piece_time_limit)
_TIMER, _SIGNAL = getattr(signal, "ITIMER_PROF", None), getattr(signal, "SIGPROF", None)  # process CPU time
_SOON = 1e-4  # seconds: a timer due now is set this far ahead (0 would switch it off)


@dataclass(eq=False)
class _Piece:
    limit: float  # seconds of its own; 0: none (it only stops an enclosing piece's clock)
    deadline: float = 0.0  # time.process_time() at which its own time is up
    left: float = 0.0  # its own time left while a nested piece runs
    armed: bool = False  # the alarm may interrupt it: not before it starts, after it ends or while nested


class PieceTimeout(BaseException):
    """Raised inside a piece whose time is up. Not an ``Exception``, as KeyboardInterrupt is not: the piece's
    own ``except Exception`` (extract's, a library's) must not swallow it and run on."""

    def __init__(self, piece: _Piece) -> None:
        super().__init__(f"over {piece.limit:g} s")
        self.piece = piece


_running: list[_Piece] = []  # the main thread's limited pieces, innermost last
_handler_before: list[Any] = []  # the SIGPROF handler the outermost piece replaced


@contextmanager
def piece_time_limit(seconds: float) -> Iterator[None]:
    """Pieces started in this block may run ``seconds`` of CPU each (0: no limit); the stages' entry points set it
    from their settings, in the worker processes too."""
    token = _LIMIT.set(seconds)
    try:
        yield
    finally:
        _LIMIT.reset(token)


def isolated(stage: str, article_id: str, work: Callable[[], T], fallback: T, *, limited: bool = True) -> T:
    """``work()``, or ``fallback`` (logged as a warning) when it raises on this article or, ``limited``, runs
    past the piece time limit."""
    limit = _LIMIT.get() if limited else 0.0
    # an unlimited piece nested in a limited one still stops the outer clock: no alarm may cut it short
    piece = _Piece(limit) if (limit > 0 or _running) and _can_interrupt() else None
    try:
        try:
            _begin(piece)
            return work()
        finally:
            _end(piece)
    except PieceTimeout as exc:
        if piece is None or exc.piece is not piece:
            raise  # an outer piece's time is up
        _end(piece)  # again: the alarm may have cut the first one short
        log.warning(
            "%s ran over %g s on article %s; it goes on without it",
            stage,
            piece.limit,
            article_id,
            extra={"stage": stage, "article_id": article_id, "limit": piece.limit},
        )
        return fallback
    except Exception:  # noqa: BLE001 - any corner case of one input; the other articles go on
        log.warning(
            "%s failed on article %s; it goes on without it",
            stage,
            article_id,
            exc_info=True,
            extra={"stage": stage, "article_id": article_id},
        )
        return fallback


def _can_interrupt() -> bool:
    """An alarm can interrupt here: the main thread, on a system with a CPU-time timer (not Windows), with no
    timer of someone else's (a profiler's) running."""
    return (
        _TIMER is not None
        and threading.current_thread() is threading.main_thread()
        and (bool(_running) or signal.getitimer(_TIMER) == (0.0, 0.0))
    )


def _begin(piece: _Piece | None) -> None:
    """Start ``piece``'s clock, stopping the enclosing piece's."""
    if piece is None:
        return
    now = time.process_time()
    if _running:
        outer = _running[-1]
        outer.armed = False
        outer.left = max(outer.deadline - now, 0.0)
    else:
        _handler_before.append(signal.signal(_SIGNAL, _on_alarm))
    piece.deadline = now + piece.limit
    piece.armed = piece.limit > 0
    _running.append(piece)
    signal.setitimer(_TIMER, piece.limit)  # 0: no alarm while this unlimited piece runs


def _end(piece: _Piece | None) -> None:
    """Stop ``piece``'s clock (once; a second call does nothing) and restart the enclosing piece's."""
    if piece is None or not _running or _running[-1] is not piece:
        return
    piece.armed = False
    signal.setitimer(_TIMER, 0)
    _running.pop()
    if _running:
        outer = _running[-1]
        if outer.limit > 0:  # an unlimited piece has no clock to restart
            outer.deadline = time.process_time() + outer.left
            outer.armed = True
            signal.setitimer(_TIMER, max(outer.left, _SOON))
    else:
        before = _handler_before.pop()
        signal.signal(_SIGNAL, signal.SIG_DFL if before is None else before)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    """Interrupt the running piece when its time is up; a late alarm of a piece already ended does nothing."""
    piece = _running[-1] if _running else None
    if piece is None or not piece.armed:
        return
    left = piece.deadline - time.process_time()
    if left > 0:  # early by a rounding: wait on
        signal.setitimer(_TIMER, max(left, _SOON))
        return
    piece.armed = False
    raise PieceTimeout(piece)
