"""Whose an age is when an outlet gives it without the name: "the 47-year-old man", "he is 47" given to the story's
one named person, so the figure aligns with the outlets that name them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from storyline.briefing.claim_pairs import UNNAMED
from storyline.briefing.placed import Placed
from storyline.briefing.working_set import Corpus
from storyline.lexicon.whole_words import has_whole_word
from storyline.model import ClaimSlot

# Subjects of an age that say nothing of whose it is but that it is someone's the article names: "he is 47",
# "the 47-year-old" (analyze.ages reads its "old" as the subject); a noun ("a 47-year-old passenger") may be
# somebody else.
_WHO_ELSE = frozenset(("he", "she", "old"))


def named_ages(c: Corpus, placed: list[Placed], story_of: Callable[[str], str]) -> list[Placed]:
    """Ages of an unnamed subject ("the 47-year-old Lisk man", "a 52-year-old woman") given to the story's one
    named person whose age 2+ outlets state, and an age of no one but a he/she or "the 47-year-old" given to the
    story's one person any outlet names with an age when its article names them too: the outlet told that
    person's age without the name, so its figure aligns with theirs. With two or more such people the subject
    noun cannot say whose it is."""
    named: dict[str, dict[str, set[str]]] = {}
    for p in placed:
        whose = _whose(p.slot)
        if whose[:1].isupper() and whose.lower() not in UNNAMED:
            named.setdefault(story_of(p.slot.article_id), {}).setdefault(whose, set()).add(p.outlet_key)
    out = []
    for p in placed:
        ws = named.get(story_of(p.slot.article_id), {})
        people = [w for w, keys in ws.items() if len(keys) >= 2]
        whose = _whose(p.slot)
        if not people and whose.lower() in _WHO_ELSE and len(ws) == 1:
            people = [w for w in ws if has_whole_word(w, c.by_id[p.slot.article_id].body)]
        if (whose[:1].islower() or whose.lower() in _WHO_ELSE) and len(people) == 1:
            p = Placed(replace(p.slot, subject=people[0]), p.sentence, p.outlet_key)
        out.append(p)
    return out


def _whose(s: ClaimSlot) -> str:
    """The last word of an age's subject (a surname, or a noun: "man"); "" for other kinds."""
    return (s.subject or "").split()[-1] if s.kind == "attribute" and s.subject else ""
