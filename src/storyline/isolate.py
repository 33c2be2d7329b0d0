"""One article's failure costs that article one piece of a stage (its entities, its date, its story), never the
build: every stage runs its per-article work through ``isolated``, which logs a warning naming the stage and the
article and returns the fallback. The log record carries ``stage`` and ``article_id`` for counting."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def isolated(stage: str, article_id: str, work: Callable[[], T], fallback: T) -> T:
    """``work()``, or ``fallback`` (logged as a warning with the traceback) when it raises on this article."""
    try:
        return work()
    except Exception:  # noqa: BLE001 - any corner case of one input; the other articles go on
        log.warning(
            "%s failed on article %s; it goes on without it",
            stage,
            article_id,
            exc_info=True,
            extra={"stage": stage, "article_id": article_id},
        )
        return fallback
