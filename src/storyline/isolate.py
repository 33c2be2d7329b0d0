"""One article's failure costs that article one piece of a stage (its entities, its date, its story), never the
build: every stage runs its per-article work through ``isolated``, which logs a warning naming the stage and the
article and returns the fallback. The log record carries ``stage`` and ``article_id`` for counting.

A piece that runs past ``pipeline.piece_time_limit`` CPU seconds (a parse walk that never ends on one odd page)
is abandoned the same way, its warning carrying ``limit`` too. CPU time, not wall time: on a shared machine an
honest 64-article parse (with spaCy's loading) took 81 s of wall time for 6 s of CPU (bench/piece_times.py), and
a piece waits on nothing (no store write, no network), so a hang is a loop that burns CPU. Two clocks raise
``PieceTimeout`` inside a piece whose time is up:

- On a process's main thread (``storyline build``, ``ingest``, ``watch``, the ``--workers`` processes), a
  ``signal.setitimer(ITIMER_PROF)`` timer on the process's CPU time. Its handler runs between bytecodes and inside
  ``re``'s matching loop (``re`` checks for signals), so it cuts a pure-Python loop and a regex that backtracks
  without end; another C call, only if it checks for signals too. When something else in the process already set
  that timer (a profiler), main-thread pieces run without a limit.
- On any other thread (Dask's worker threads, the web server's upload threads), where no signal arrives, one
  watchdog thread per process reads each such thread's own CPU clock (``pthread_getcpuclockid``) and raises the
  exception in it with ``PyThreadState_SetAsyncExc``. That takes effect at the thread's next bytecode: it cuts a
  pure-Python loop, but not one long C call (a single regex backtrack, one spaCy parse), which it cuts only once
  the call returns. It sleeps while no piece runs and otherwise wakes once per time left (a thread's CPU clock
  runs no faster than wall time), so an honest piece pays two lock holds and a few clock readings. A piece ends
  holding the watchdog's lock and takes back an exception sent but not yet raised, so none surfaces after it (the
  piece is kept or cut, either is right at its deadline). Without ``pthread_getcpuclockid`` (Windows) these pieces
  run without a limit.

A nested piece has its own limit and the outer piece's clock stops while it runs, so a hang inside the nested
piece costs only that piece. A piece that changes shared state in steps (the clusterer, the duplicate index, the
name merger) passes ``limited=False``: stopped halfway it would leave that state half-written for every later
article and build.
"""

from __future__ import annotations

import ctypes
import logging
import math
import os
import signal
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from types import FrameType
from typing import Any, TypeVar

from storyline.settings import DEFAULTS

T = TypeVar("T")
log = logging.getLogger(__name__)

_LIMIT: ContextVar[float] = ContextVar("piece_time_limit", default=DEFAULTS.pipeline.piece_time_limit)
_TIMER, _SIGNAL = getattr(signal, "ITIMER_PROF", None), getattr(signal, "SIGPROF", None)  # process CPU time
_SOON = 1e-4  # seconds: a clock due now looks this far ahead (a timer of 0 would be switched off)
# another thread's CPU clock can be read (not on Windows)
_THREAD_CLOCKS = hasattr(time, "pthread_getcpuclockid")
# PyThreadState_SetAsyncExc(thread id, exception class), and with NULL for the class: clear the pending one
_RAISE_IN = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.py_object)(
    ("PyThreadState_SetAsyncExc", ctypes.pythonapi)
)
_CLEAR_IN = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p)(
    ("PyThreadState_SetAsyncExc", ctypes.pythonapi)
)


@dataclass(eq=False)
class _Piece:
    limit: float  # seconds of its own; 0: none (it only stops an enclosing piece's clock)
    deadline: float = 0.0  # its thread's clock reading at which its own time is up
    left: float = 0.0  # its own time left while a nested piece runs
    armed: bool = False  # the clock may interrupt it: not before it starts, after it ends or while nested
    fired: bool = (
        False  # the clock interrupted it (in another thread than the main one, maybe not yet raised)
    )


class PieceTimeout(BaseException):
    """Raised inside a piece whose time is up. Not an ``Exception``, as KeyboardInterrupt is not: the piece's
    own ``except Exception`` (extract's, a library's) must not swallow it and run on."""

    def __init__(self, piece: _Piece) -> None:
        super().__init__(f"over {piece.limit:g} s")
        self.piece = piece


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
    stack = _MAIN if threading.current_thread() is threading.main_thread() else _thread_stack()
    # an unlimited piece nested in a limited one still stops the outer clock: no alarm may cut it short
    piece = _Piece(limit) if (limit > 0 or stack.pieces) and stack.can_interrupt() else None
    try:
        try:
            if piece is not None:
                stack.begin(piece)
            return work()
        finally:
            if piece is not None:
                stack.end(piece)
    except PieceTimeout as exc:
        if piece is None or exc.piece is not piece:
            raise  # an outer piece's time is up
        stack.end(piece)  # again: the interruption may have cut the first one short
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


class _Stack(ABC):
    """One thread's running pieces, innermost last, and the clock that interrupts the innermost one when its
    time is up; a subclass says which clock. Only the innermost piece is armed: the others' clocks are stopped."""

    def __init__(self) -> None:
        self.pieces: list[_Piece] = []

    def begin(self, piece: _Piece) -> None:
        """Start ``piece``'s clock, stopping the enclosing piece's."""
        now = self.now()
        with self.guard():
            if self.pieces:
                outer = self.pieces[-1]
                outer.armed = False
                outer.left = max(outer.deadline - now, 0.0)
            else:
                self.first()
            piece.deadline = now + piece.limit
            piece.armed = piece.limit > 0
            self.pieces.append(piece)
            self.arm(piece.limit)  # 0: no alarm while this unlimited piece runs

    def end(self, piece: _Piece) -> None:
        """Stop ``piece``'s clock (once; a second call does nothing) and restart the enclosing piece's."""
        if not self.pieces or self.pieces[-1] is not piece:
            return
        with self.guard():
            piece.armed = False  # from here on its clock cannot interrupt it
            self.disarm(piece)
            self.pieces.pop()
            if not self.pieces:
                self.last()
            elif (outer := self.pieces[-1]).limit > 0 and not outer.fired:  # unlimited: no clock to restart
                outer.deadline = self.now() + outer.left
                outer.armed = True
                self.arm(max(outer.left, _SOON))

    @abstractmethod
    def now(self) -> float:
        """The clock's reading, in CPU seconds."""

    @abstractmethod
    def guard(self) -> AbstractContextManager[Any]:
        """Held while the pieces' state changes, against whatever interrupts them."""

    @abstractmethod
    def can_interrupt(self) -> bool:
        """A clock can interrupt a piece on this thread."""

    @abstractmethod
    def first(self) -> None:
        """The first piece starts: start watching."""

    @abstractmethod
    def last(self) -> None:
        """The last piece ended: stop watching."""

    @abstractmethod
    def arm(self, seconds: float) -> None:
        """The innermost piece's clock (re)started with ``seconds`` left (0: it has none)."""

    @abstractmethod
    def disarm(self, piece: _Piece) -> None:
        """``piece`` ended (already unarmed): nothing of its clock may interrupt what runs next."""


class _MainStack(_Stack):
    """The main thread: a SIGPROF timer on the process's CPU time, whose handler raises in the piece."""

    def __init__(self) -> None:
        super().__init__()
        self.handler_before: Any = None  # the SIGPROF handler the outermost piece replaced

    def now(self) -> float:
        return time.process_time()

    def guard(self) -> AbstractContextManager[Any]:
        return nullcontext()  # the handler runs on this thread, only while a piece is armed: nothing to lock

    def can_interrupt(self) -> bool:
        """Not on Windows (no CPU-time timer), nor while someone else's timer (a profiler's) runs."""
        return _TIMER is not None and (bool(self.pieces) or signal.getitimer(_TIMER) == (0.0, 0.0))

    def first(self) -> None:
        self.handler_before = signal.signal(_SIGNAL, _on_alarm)

    def last(self) -> None:
        signal.signal(_SIGNAL, signal.SIG_DFL if self.handler_before is None else self.handler_before)

    def arm(self, seconds: float) -> None:
        signal.setitimer(_TIMER, seconds)

    def disarm(self, piece: _Piece) -> None:
        signal.setitimer(_TIMER, 0)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    """Interrupt the running piece when its time is up; a late alarm of a piece already ended does nothing."""
    piece = _MAIN.pieces[-1] if _MAIN.pieces else None
    if piece is None or not piece.armed:
        return
    left = piece.deadline - time.process_time()
    if left > 0:  # early by a rounding: wait on
        signal.setitimer(_TIMER, max(left, _SOON))
        return
    piece.armed, piece.fired = False, True
    raise PieceTimeout(piece)


class _ThreadStack(_Stack):
    """Any other thread: the watchdog reads this thread's CPU clock and raises in it."""

    def __init__(self) -> None:
        super().__init__()
        self.ident = threading.get_ident()
        self.clock = time.pthread_getcpuclockid(self.ident) if _THREAD_CLOCKS else 0

    def now(self) -> float:
        return time.thread_time()

    def guard(self) -> AbstractContextManager[Any]:
        # the watchdog interrupts a piece holding this lock, so armed and fired change together; a plain Lock,
        # whose C-level __enter__ no exception raised in this thread can cut between acquiring and the block
        return _WATCHDOG.lock

    def can_interrupt(self) -> bool:
        return _THREAD_CLOCKS

    def first(self) -> None:
        _WATCHDOG.watch(self)

    def last(self) -> None:
        _WATCHDOG.watched.pop(self.ident, None)

    def arm(self, seconds: float) -> None:
        _WATCHDOG.expect(seconds)

    def disarm(self, piece: _Piece) -> None:
        if piece.fired:  # its exception may be pending still: it must not surface after the piece
            _CLEAR_IN(self.ident, None)


class _Watchdog:
    """One daemon thread per process that interrupts other threads' pieces whose CPU time is up. It waits
    unwoken while no such piece runs, else until the least time left of the running ones: a thread's CPU clock
    runs no faster than wall time, so no piece's time can be up sooner."""

    def __init__(self) -> None:
        self.lock = threading.Lock()  # guards the watched threads' pieces
        self.wakeup = threading.Condition(self.lock)
        self.watched: dict[int, _ThreadStack] = {}  # by thread id: the threads running pieces
        self.due = math.inf  # time.monotonic() at which it looks next; inf: not before it is woken
        self.thread: threading.Thread | None = None

    def watch(self, stack: _ThreadStack) -> None:
        """Watch ``stack``'s thread (with the lock held)."""
        self.watched[stack.ident] = stack
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="storyline-piece-watchdog", daemon=True)
            self.thread.start()

    def expect(self, seconds: float) -> None:
        """A watched piece's clock (re)started with ``seconds`` left (with the lock held): wake the watchdog if
        that time can be up before it looks next."""
        due = time.monotonic() + seconds
        if seconds > 0 and due < self.due:
            self.due = due
            self.wakeup.notify()

    def _run(self) -> None:
        with self.wakeup:
            while True:
                left = self._interrupt()
                self.due = time.monotonic() + left
                self.wakeup.wait(None if left == math.inf else left)

    def _interrupt(self) -> float:
        """Raise ``PieceTimeout`` in each watched thread whose innermost piece's time is up; return the least
        time left of the others."""
        soonest = math.inf
        for stack in self.watched.values():
            piece = stack.pieces[-1]
            if not piece.armed:
                continue
            left = piece.deadline - time.clock_gettime(stack.clock)
            if left > 0:
                soonest = min(soonest, max(left, _SOON))
                continue
            piece.armed, piece.fired = False, True
            _RAISE_IN(stack.ident, _timeout_class(piece))
        return soonest


def _timeout_class(piece: _Piece) -> type[PieceTimeout]:
    """The class to raise in another thread for ``piece`` (PyThreadState_SetAsyncExc takes a class, not an
    instance): a PieceTimeout whose instance carries the piece, so ``isolated`` knows whose time is up."""
    return type(
        PieceTimeout.__name__, (PieceTimeout,), {"__init__": lambda self: PieceTimeout.__init__(self, piece)}
    )


def _thread_stack() -> _ThreadStack:
    """This (non-main) thread's pieces."""
    stack: _ThreadStack | None = getattr(_local, "stack", None)
    if stack is None:
        stack = _local.stack = _ThreadStack()
    return stack


def _new_watchdog() -> None:
    """A fresh watchdog: also in a forked child, where the parent's thread is gone and its lock may be held."""
    global _WATCHDOG
    _WATCHDOG = _Watchdog()


_MAIN = _MainStack()
_local = threading.local()
_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_watchdog)
