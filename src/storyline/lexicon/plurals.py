"""A plural noun's singular without spaCy ("injuries" -> "injury", "children" -> "child"), so the briefing, which
never loads the NLP stack, compares two outlets' head nouns as one: suffix rules, and WordNet's irregular plurals
the rules get wrong, and its singular nouns the rules would change ("series", "crisis", "specimen": ``plurals.json``,
built by eval/wordnet_plurals.py)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

PLURALS = Path(__file__).with_name("plurals.json")
# spaCy's English noun rules, longest ending first: "injuries" -> "injury", "firemen" -> "fireman", "boxes" -> "box",
# "quakes" -> "quake"; a word ending in "ss" or "us" or shorter than four letters keeps its "s" ("glass", "bus").
_RULES = ((re.compile(r"(?<=..)ies$"), "y"), (re.compile(r"(?<=.)men$"), "man"), (re.compile(r"(?<=.)(?:(?<=s)|(?<=x)|(?<=z)|(?<=ch)|(?<=sh))es$"), ""),
          (re.compile(r"(?<=...)(?<![su])s$"), ""))  # fmt: skip


def by_rule(word: str) -> str:
    """The singular the suffix rules give a lower-case word (the word itself when none applies)."""
    for pattern, ending in _RULES:
        if pattern.search(word):
            return pattern.sub(ending, word)
    return word


@cache
def _irregular() -> dict[str, str]:
    table = json.loads(PLURALS.read_text(encoding="utf-8"))
    return {
        **{w: w for w in table["singular"]},
        **table["plurals"],
    }  # a singular the rules would change: itself


def singular(word: str) -> str:
    """A word lower case and singular: WordNet's irregular plural ("children", "people") or the suffix rules."""
    word = word.lower()
    return _irregular().get(word) or by_rule(word)
