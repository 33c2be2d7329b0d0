"""How the pipeline reports progress without printing: the CLI passes a rich-backed implementation."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def start(self, task: str, total: int | None = None) -> None:
        """Begin a named phase of known or unknown length."""

    def advance(self, n: int = 1) -> None:
        """Count n more items done in the current phase."""


class _Silent:
    def start(self, task: str, total: int | None = None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


NO_PROGRESS: Progress = _Silent()
