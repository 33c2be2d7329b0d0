"""Strict xfail marks for the layout acceptance tests (tests/test_layouts*_acceptance.py): each names one product
defect seen on one page, so a fix shows up as XPASS and its mark must then be removed."""

from __future__ import annotations

import pytest


def known(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"product defect (issue 12): {reason}")


def params(defects: dict[str, str], keys: list[str]) -> list:
    """``keys`` as test parameters, the ones in ``defects`` marked ``known`` with their reason."""
    return [pytest.param(k, marks=known(defects[k])) if k in defects else k for k in keys]
