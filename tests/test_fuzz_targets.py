"""Every fuzz target of eval/fuzz.py (readers, URL responses, line labeller, extract_article) on a few examples:
no exception escapes and no document fails only into a catch-all reject. eval/fuzz.py --cases 10000 is the long run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.fuzz import TARGETS, Crash, Response, crash_of  # noqa: E402


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_target_never_crashes(name: str) -> None:
    strategy, check = TARGETS[name]

    # derandomized: CI sees the same 15 cases every run (eval/fuzz.py explores new ones)
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(value=strategy)
    def one(value: Any) -> None:
        assert crash_of(check, value) is None

    one()


def test_a_crash_is_counted() -> None:
    """The harness can fail: an escaped exception and a catch-all reject are both crashes."""

    def boom(_: object) -> None:
        raise KeyError("x")

    def net(_: object) -> None:
        raise Crash("reject reason 'internal error: KeyError'")

    assert crash_of(boom, None) == "KeyError: 'x'"
    assert crash_of(net, None).startswith("reject reason")
    _, url_check = TARGETS["url"]
    assert (
        crash_of(url_check, Response(200, (("Content-Type", "text/html"),), b"<p>Ferry crews return.</p>"))
        is None
    )
