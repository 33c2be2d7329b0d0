"""Gendered English words, one list for quote speakers (analyze) and speaker-gender conflicts (brief).

Pronouns, titles and nouns are kept apart because quote attribution weighs them differently.
"""

from __future__ import annotations

from storyline.lexicon import titles

MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())
MALE_TITLES = titles.MALE_TITLES | {t + "." for t in titles.MALE_TITLES}
FEMALE_TITLES = titles.FEMALE_TITLES | {t + "." for t in titles.FEMALE_TITLES}
MALE_NOUNS = frozenset(
    "spokesman chairman congressman businessman policeman actor father husband son brother king prince man "
    "boyfriend grandfather uncle nephew".split()
)
FEMALE_NOUNS = frozenset(
    "spokeswoman chairwoman congresswoman businesswoman policewoman actress mother wife daughter sister queen "
    "princess woman girlfriend grandmother aunt niece lady".split()
)
MALE = MALE_PRONOUNS | MALE_TITLES | MALE_NOUNS
FEMALE = FEMALE_PRONOUNS | FEMALE_TITLES | FEMALE_NOUNS
