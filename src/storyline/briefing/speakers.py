"""What a quote's stored speaker description says: gender and role words, and the words before a name; the word
3-grams two outlets' quotes are compared on."""

from __future__ import annotations

import re

from storyline.analyze.gender import FEMALE, MALE
from storyline.lexicon.titles import PERSONAL_TITLES, ROLE_PREFIXES


def quote_grams(text: str) -> set[tuple[str, ...]]:
    """A quote's word 3-grams: two outlets quoting one statement share most of them, whoever they credit."""
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i : i + 3]) for i in range(len(w) - 2)}


# Words that precede a name but are not part of it (titles, roles), stripped before comparing spellings.
TITLES = PERSONAL_TITLES | ROLE_PREFIXES | {"the", "a", "an"}

_ROLES = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "source": "source", "sources": "source", "official": "official", "officials": "official",
    "minister": "minister", "secretary": "secretary", "aide": "aide", "adviser": "adviser",
    "advisor": "adviser", "diplomat": "diplomat", "statement": "statement", "chairman": "chair",
    "chairwoman": "chair", "chair": "chair", "witness": "witness", "police": "police", "officer": "officer",
    "mayor": "mayor", "president": "president", "councillor": "councillor", "director": "director",
    "manager": "manager", "judge": "judge", "analyst": "analyst", "mp": "mp",
}  # fmt: skip
# Roles that say only "someone on that side": any named role is a more precise form of them (PROTOCOL.md).
VAGUE_ROLES = frozenset(("official", "source", "statement", "police"))


def speaker_gender(speaker: str | None) -> str | None:
    """'f' / 'm' from gendered words in the speaker description, None when it says nothing."""
    words = set(re.findall(r"[a-z]+", (speaker or "").lower()))
    f, m = bool(words & FEMALE), bool(words & MALE)
    return "f" if f and not m else "m" if m and not f else None


def speaker_role(speaker: str | None) -> str | None:
    """Gender-neutral role noun of a speaker description ("a spokeswoman" -> spokesperson)."""
    for w in re.findall(r"[a-z]+", (speaker or "").lower()):
        if w in _ROLES:
            return _ROLES[w]
    return None
