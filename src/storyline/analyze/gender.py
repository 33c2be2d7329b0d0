"""Gendered English words, one list for quote speakers (analyze) and speaker-gender conflicts (brief).

Pronouns, titles and nouns are kept apart because quote attribution weighs them differently.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from storyline.lexicon import titles

MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())
MALE_TITLES = titles.MALE_TITLES | {t + "." for t in titles.MALE_TITLES}
FEMALE_TITLES = titles.FEMALE_TITLES | {t + "." for t in titles.FEMALE_TITLES}
MALE_NOUNS = frozenset(
    "spokesman chairman congressman businessman policeman actor father husband son brother king prince man "
    "boyfriend grandfather uncle nephew widower".split()
)
FEMALE_NOUNS = frozenset(
    "spokeswoman chairwoman congresswoman businesswoman policewoman actress mother wife daughter sister queen "
    "princess woman girlfriend grandmother aunt niece lady widow".split()
)
MALE = MALE_PRONOUNS | MALE_TITLES | MALE_NOUNS
FEMALE = FEMALE_PRONOUNS | FEMALE_TITLES | FEMALE_NOUNS


@cache
def _first_names() -> dict[str, str]:
    """first_names.json (built by eval/train_first_names.py from the 1990 US census lists): name -> 'm' / 'f'."""
    data = json.loads(Path(__file__).with_name("first_names.json").read_text(encoding="utf-8"))
    return {n: g for g in ("m", "f") for n in data[g]}


def first_name_gender(name: str) -> str | None:
    """'m' / 'f' for a first name the census gives at least 90 % to one gender ('Jeff', 'Tina'); None for
    names used by both ('Chris', 'Leslie') or not in the table."""
    return _first_names().get(name.lower())
