"""Verbs that name the opposite act ("acquit" / "convict", "win" / "lose", "accept" / "reject"): WordNet 3.0's
direct verb antonyms (``antonyms.json``, built by eval/wordnet_antonyms.py), read without the NLP stack."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

ANTONYMS = Path(__file__).with_name("antonyms.json")


@cache
def _verbs() -> dict[str, frozenset[str]]:
    table = json.loads(ANTONYMS.read_text(encoding="utf-8"))
    return {w: frozenset(v) for w, v in table["verbs"].items()}


def opposed(a: str, b: str) -> bool:
    """Whether two verb lemmas are antonyms in WordNet ("acquit" and "convict")."""
    return b in _verbs().get(a, ())
